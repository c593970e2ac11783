import { useState } from 'react';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { CommitteeFlagsCard } from '../../committees/CommitteeFlagsCard';
import { CalendarNotice } from '../../policy/CalendarNotice';
import { MissedMeetingsCard } from '../../meetings/MissedMeetingsCard';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
// consult (结果公示倒计时)
import { CountdownsCard } from '../../consult/CountdownsCard';
import { IntakeDialog } from '../intake/IntakeDialog';
import { MyCases } from './MyCases';
import { OfficeDay } from './OfficeDay';
import '../../../styles/dashboard.css';
// backup (issue 12)
import { BackupReminder } from '../../backup/BackupReminder';

/**
 * 工作台, the home screen. The director and the clerk see the office's day (待分派,
 * 今日到期, 已逾期); whoever's account stands for a member of staff sees 我的案件 too,
 * and for a mediator that is the whole day. Who sees what is the contract's access.
 */
export function DashboardPage() {
  const { may } = usePermissions();
  const [registering, setRegistering] = useState(false);
  const officeDay = may('disputes:dashboard');
  return (
    <div className="page page--day">
      <header className="page__header">
        <h1 className="page__title">{t.disputes.dashboard.title}</h1>
        {may('disputes:create') ? (
          <div className="toolbar">
            <button type="button" className="button button--primary button--large" onClick={() => setRegistering(true)}>
              {t.disputes.dashboard.register}
            </button>
          </div>
        ) : null}
      </header>
      <CalendarNotice />
      {/* backup (issue 12): shown when the last verified backup is older than the interval */}
      {may('backup:create') ? <BackupReminder /> : null}
      {officeDay ? <OfficeDay /> : null}
      {may('disputes:my-cases') ? <MyCases hideUnlinked={officeDay} /> : null}
      <CommitteeFlagsCard />
      {/* meetings (issue 11) */}
      <MissedMeetingsCard year={Number(shanghaiDate(new Date()).slice(0, 4))} link />
      <CountdownsCard />
      {registering ? <IntakeDialog onClose={() => setRegistering(false)} /> : null}
    </div>
  );
}
