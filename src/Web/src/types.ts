export const ROLES = ['ADMIN', 'EDITOR', 'VIEWER', 'AUDITOR'] as const;
export type WorkspaceRole = (typeof ROLES)[number];

export interface User {
  id: string;
  email: string;
}
