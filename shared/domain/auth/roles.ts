/** Operator roles. The administrator manages accounts; the others are office staff roles. */
export const ROLES = ['administrator', 'director', 'mediator', 'reviewer', 'secretary'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  administrator: '管理员',
  director: '主任',
  mediator: '调解员',
  reviewer: '审查员',
  secretary: '记录员',
};

/** Staff roles recorded in the registry (the administrator is an account, not a post). */
export const STAFF_ROLES = ['director', 'mediator', 'reviewer', 'secretary'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Who may change the registry: the office's clerks and leadership. */
export const REGISTRY_EDITORS: readonly Role[] = ['administrator', 'director', 'secretary'];
