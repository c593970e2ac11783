import type { CaseAction } from '../case-actions';
import { AssignDialog } from './AssignDialog';
import type { CaseDialogProps } from './CaseActionDialog';
import { CorrectionDialog } from './CorrectionDialog';
import { DepartmentResultDialog } from './DepartmentResultDialog';
import { EditIntakeDialog } from './EditIntakeDialog';
import { EscalateDialog } from './EscalateDialog';
import { EvidenceDialog } from './EvidenceDialog';
import { FeedbackDialog } from './FeedbackDialog';
import { OutcomeDialog } from './OutcomeDialog';
import { ReferDialog } from './ReferDialog';
import { ReturnVisitDialog } from './ReturnVisitDialog';
import { SessionDialog } from './SessionDialog';
import { TransitionDialog } from './TransitionDialog';

/** The dialog of the action chosen on the case page. */
export function CaseActionHost({ action, ...props }: CaseDialogProps & { action: CaseAction }) {
  switch (action) {
    case 'assign':
      return <AssignDialog {...props} />;
    case 'session':
      return <SessionDialog {...props} />;
    case 'evidence':
      return <EvidenceDialog {...props} />;
    case 'outcome':
      return <OutcomeDialog {...props} />;
    case 'refer':
      return <ReferDialog {...props} />;
    case 'department-result':
      return <DepartmentResultDialog {...props} />;
    case 'feedback':
      return <FeedbackDialog {...props} />;
    case 'return-visit':
      return <ReturnVisitDialog {...props} />;
    case 'close':
      return <TransitionDialog {...props} to="closed" />;
    case 'reject':
      return <TransitionDialog {...props} to="rejected" />;
    case 'withdraw':
      return <TransitionDialog {...props} to="withdrawn" />;
    case 'escalate':
      return <EscalateDialog {...props} />;
    case 'edit-intake':
      return <EditIntakeDialog {...props} />;
    case 'correct':
      return <CorrectionDialog {...props} />;
  }
}
