/** Room names in one place, so who-sees-what can be read (and reviewed) here. */
export const rooms = {
	/** Every socket of one login session: closed together on logout. */
	authSession: (authSessionId: string) => `auth-session:${authSessionId}`,
	/** Every socket of one account, on any device. */
	account: (accountId: string) => `account:${accountId}`,
	/** Every socket of one participant (a phone may reconnect several times). */
	participant: (participantId: string) => `participant:${participantId}`,
	/** The presenter's screens of one live quiz (projector, remote): may see right answers. */
	quizHosts: (liveSessionId: string) => `quiz-hosts:${liveSessionId}`
} as const;
