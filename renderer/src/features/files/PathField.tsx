import { isFileHandle, type PickFileKind } from '#shared/ipc/file-handles';
import { useId, useState } from 'react';
import { t } from '../../i18n';
import type { FieldBinding } from '../../lib/useForm';
import { FieldFrame } from '../../ui/FieldFrame';
import { nativePicker, pickedLabel, rememberPicked } from './file-picker';
import { FolderChooserDialog } from './FolderChooserDialog';

/** Where to open the chooser for a file: the typed folder, or the folder of a typed .json file. */
const folderOf = (typed: string): string => (/\.json$/i.test(typed.trim()) ? typed.trim().replace(/[\\/][^\\/]*$/, '') : typed);

type Props = FieldBinding & {
  label: string;
  hint?: string;
  required?: boolean;
  className?: string;
  /**
   * What is chosen: a folder to write into, a file to read (city keys, receipt), or
   * (in Electron) the registration file to save; over the host the registration
   * form asks for its folder and names the file itself.
   */
  pick: { kind: 'folder' } | { kind: PickFileKind; suggestedName?: string };
};

/**
 * Where a file goes or comes from. In the Electron window: a 选择… button that opens
 * the native dialog, the field then holding the opaque handle and showing the name
 * picked. Over the loopback host: the path typed (checked by the server's policy) or
 * chosen with 浏览… in the folder chooser.
 */
export function PathField({ name, value, onChange, error, label, hint, required, className, pick }: Props) {
  const id = useId();
  const native = nativePicker();
  const [browsing, setBrowsing] = useState(false);
  const folder = pick.kind === 'folder' || pick.kind === 'registration';
  const picked = native && isFileHandle(value) ? pickedLabel(value) : null;

  const choose = () => {
    if (!native) return setBrowsing(true);
    const asked = pick.kind === 'folder' ? native.pickFolder() : native.pickFile({ kind: pick.kind, ...(pick.suggestedName ? { suggestedName: pick.suggestedName } : {}) });
    void asked.then((result) => {
      if (!result) return;
      rememberPicked(result.handle, result.label);
      onChange(result.handle);
    });
  };

  const nativeHint = pick.kind === 'folder' ? t.files.chooser.folderHint : pick.kind === 'registration' ? t.files.chooser.saveHint : t.files.chooser.fileHint;
  return (
    <FieldFrame id={id} label={label} hint={native ? nativeHint : hint} error={error} required={required} className={['field--path', className ?? ''].join(' ')}>
      {(describedBy) => (
        <div className="path-field">
          {native ? (
            <output id={id} className="path-field__picked" aria-describedby={describedBy}>
              {picked ? t.files.chooser.picked(picked) : t.files.chooser.nothingPicked}
            </output>
          ) : (
            <input
              id={id}
              name={name}
              value={value}
              onChange={(e) => onChange(e.target.value)}
              aria-invalid={error ? true : undefined}
              aria-required={required ? true : undefined}
              aria-describedby={describedBy}
              autoComplete="off"
              spellCheck={false}
            />
          )}
          <button type="button" className="button path-field__browse" onClick={choose}>
            {native ? t.files.chooser.pick : t.files.chooser.browse}
          </button>
          {browsing ? (
            <FolderChooserDialog
              mode={folder ? 'folder' : 'json'}
              start={folder ? value : folderOf(value)}
              onCancel={() => setBrowsing(false)}
              onChoose={(path) => {
                setBrowsing(false);
                onChange(path);
              }}
            />
          ) : null}
        </div>
      )}
    </FieldFrame>
  );
}
