// The roles an actor held over time, newest first, with where Dossier learned each.
import type { RoleRecord } from '../lib/model/records';

const SOURCE_NAMES = { page: 'from a page', reader: 'by you', import: 'imported', lookup: 'looked up' };

export interface RoleHistoryProps {
  roles: readonly RoleRecord[];
}

/** Nothing when there is at most one role; otherwise a folded list of every role. */
export function RoleHistory({ roles }: RoleHistoryProps) {
  if (roles.length < 2) return null;
  return (
    <details class="role-history">
      <summary>Role history ({roles.length})</summary>
      <ul>
        {roles.map((role) => (
          <li key={`${role.title}|${role.asOf}|${role.source}`}>
            {role.title}
            {role.country ? `, ${role.country}` : ''} · as of {role.asOf}
            {role.until ? ` until ${role.until}` : ''} · {SOURCE_NAMES[role.source]}
          </li>
        ))}
      </ul>
    </details>
  );
}
