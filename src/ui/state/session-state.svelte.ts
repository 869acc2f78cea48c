/**
 * Live state that belongs to the workspace's open session (jury, livrets, grids, conformity): created when a
 * session is open, replaced when another one is opened, stopped with the component. One place for that
 * lifecycle, so no view can forget to stop a liveQuery. Call during component initialisation (it uses $effect).
 */
import type { Workspace } from './workspace.svelte.ts';

export interface Stoppable {
  stop(): void;
}

export function useSessionState<T extends Stoppable>(
  workspace: () => Workspace,
  create: (workspace: Workspace, sessionId: number) => T,
  given: () => T | undefined = () => undefined,
): { readonly current: T | null } {
  let own = $state.raw<T | null>(null);
  $effect(() => {
    if (given()) return;
    const ws = workspace();
    const sessionId = ws.openSessionId;
    if (sessionId === null) return;
    const state = create(ws, sessionId);
    own = state;
    return () => {
      state.stop();
      own = null;
    };
  });
  return {
    get current() {
      return given() ?? own;
    },
  };
}
