import { Q as state, U as user_effect, Z as set, z as get } from "./disclose-version-DzsNc0kE.js";
// src/ui/state/session-state.svelte.ts
function useSessionState(workspace, create, given = () => void 0) {
	let own = state(null);
	user_effect(() => {
		if (given()) return;
		const ws = workspace();
		const sessionId = ws.openSessionId;
		if (sessionId === null) return;
		const state = create(ws, sessionId);
		set(own, state);
		return () => {
			state.stop();
			set(own, null);
		};
	});
	return { get current() {
		return given() ?? get(own);
	} };
}
export { useSessionState as t };
