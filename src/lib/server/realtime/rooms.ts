/** Room names in one place, so who-sees-what can be read (and reviewed) here. */
export const rooms = {
	/** Every socket of one login session: closed together on logout. */
	authSession: (authSessionId: string) => `auth-session:${authSessionId}`,
	/** Every socket of one account, on any device. */
	account: (accountId: string) => `account:${accountId}`,
	/** Every socket of one participant (a phone may reconnect several times). */
	participant: (participantId: string) => `participant:${participantId}`,
	/** The presenter's screens of one live quiz (projector, remote): may see right answers. */
	quizHosts: (liveSessionId: string) => `quiz-hosts:${liveSessionId}`,
	/** Every participant of a game: clues and the game clock. Nothing about boef positions. */
	gamePlayers: (liveSessionId: string) => `game-players:${liveSessionId}`,
	/** The spelleider's dashboards of a game: true positions, all reports, code words. */
	gameHosts: (liveSessionId: string) => `game-hosts:${liveSessionId}`,
	/** The organiser's dashboards of a Houd u de boef tegen? campaign: target addresses, the boef's position. */
	burglaryHosts: (liveSessionId: string) => `burglary-hosts:${liveSessionId}`,
	/** The phones of one boef (by link, so revoking a link can close them). */
	boef: (liveSessionId: string, boefId: string) => `boef:${liveSessionId}:${boefId}`
} as const;
