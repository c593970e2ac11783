import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { ROLE_LABELS } from '#shared/domain/auth/roles';
import { t } from '../i18n';
import { call } from '../ipc/client';
import { useQuery } from '../lib/useQuery';

type Props = { operator: OperatorView; onSignOut: () => Promise<void> };

const loadInfo = () => call('system:info', {});

/** Product and office name on the left; who is signed in, and 退出登录, on the right. */
export function AppHeader({ operator, onSignOut }: Props) {
  const info = useQuery(loadInfo);
  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo" aria-hidden="true" />
        <span className="header__product">{t.app.title}</span>
        {info.data?.officeName ? <span className="header__office">{info.data.officeName}</span> : null}
      </div>
      <div className="header__user">
        <span className="header__operator">
          {operator.displayName}
          <span className="header__role">{ROLE_LABELS[operator.role]}</span>
        </span>
        <button type="button" className="button button--on-dark" onClick={() => void onSignOut()}>
          {t.auth.signOut}
        </button>
      </div>
    </header>
  );
}
