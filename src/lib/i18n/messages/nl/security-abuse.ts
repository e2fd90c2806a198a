/**
 * Dutch messages of the limits against abuse of login and of e-mail to households: the wait
 * after failed logins, the mail budgets of the registration form, names that look like links.
 */
export const securityAbuse = {
	'login.error.waitSeconds': 'Te veel mislukte pogingen. Probeer het over {seconds} seconden opnieuw.',
	'burglary.error.mailBudgetClient':
		'Vanaf dit netwerk zijn in korte tijd erg veel aanmeldingen gedaan. Probeer het over {minutes} minuten opnieuw, of meld u aan via de uitnodiging van de bijeenkomst.',
	'burglary.error.mailBudgetRegistration':
		'Het e-mailadres van deze aanmelding is vandaag al te vaak gewijzigd. Probeer het morgen opnieuw.',
	'burglary.own.mailWithheld':
		'Er kan nu even geen bevestigingsmail worden verstuurd. Bewaar deze pagina (bijvoorbeeld als bladwijzer): dit is uw persoonlijke link. Later kunt u via "Link kwijt?" op de pagina van de actie een nieuwe link per e-mail aanvragen.',
	'burglary.error.nameLooksLikeLink': 'Vul uw naam in, zonder webadres of e-mailadres.'
} as const;
