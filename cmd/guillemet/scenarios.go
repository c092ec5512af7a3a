package main

// The demo scenarios. They are modelled on the three seed articles in
// ../shared/seeds, with fictional people and accounts: nobody real is
// quoted here.

// passage is one text of a scenario.
type passage struct {
	label string // who shows it, where
	text  string
}

// scenario is a story told by the demo: a source, the texts that
// circulated, and the quotes to look for in the source.
type scenario struct {
	title   string
	context string
	source  passage
	copies  []passage // the same words as they circulated
	quotes  []passage // quotes to find in the source
	abusive []passage // replies by others, read through the de-obfuscation fold
}

var scenarios = []scenario{
	{
		title: "Un article cite un tweet, et le texte dérive",
		context: "Une ancienne ministre, Hélène Marceau (@HeleneMarceau), annonce qu'elle quitte le réseau. " +
			"Un site d'information cite son tweet : apostrophes droites, écriture inclusive retapée, lien perdu, coupes marquées (...).",
		source: passage{"tweet de @HeleneMarceau, 1er décembre 2020",
			"Chers gens que j’aime bien sur Twitter et cher•e•s inconnu•e•s qui m’aimez bien, ce message pour vous dire que je vais m’en aller pour un temps. " +
				"Depuis 3 ans un homme me harcèle par différents moyens. Il y a eu 3 procès, il est allé en prison. Il vient de rerererecommencer pic.twitter.com/Xq7LmR2vTb"},
		copies: []passage{
			{"citation dans l'article", "«Chers gens que j'aime bien sur Twitter et cher.e.s inconnu.e.s qui m'aimez bien, ce message pour vous dire que je vais m'en aller pour un temps»"},
		},
		quotes: []passage{
			{"citation avec coupe", "«Depuis 3 ans un homme me harcèle (...) Il vient de rerererecommencer»"},
			{"citation retouchée", "«Depuis 3 ans un homme me harcèle. Il ne va pas recommencer»"},
		},
	},
	{
		title: "Un élu local submergé de réponses injurieuses",
		context: "Karim Belhadj (@KBelhadj_Avignon), conseiller municipal, réagit d'un mot à un débat télévisé. " +
			"Des comptes qu'il ne connaît pas lui répondent ; les injures sont maquillées pour passer les filtres.",
		source: passage{"tweet de @KBelhadj_Avignon", "Affligé par ce que j’ai vu hier soir sur le plateau. Le débat mérite mieux que ça."},
		abusive: []passage{
			{"réponse de @patriote_1789", "@KBelhadj_Avignon t'es qu'un c0llab0 et un tr@ître"},
			{"réponse de @Rem_Vx", "@KBelhadj_Avignon Arabe de s.e.r.v.i.c.e, c-a-r-p-e-t-t-e !!!"},
			{"réponse de @lucie_r", "@KBelhadj_Avignon Тout mon soutien face à ces attaques 💪🏽"},
		},
	},
	{
		title: "Un tweet politique dur, recopié et déformé",
		context: "Julien Marcy (@JulienMarcy), militant, interpelle une ministre fictive. Des années plus tard, son tweet circule " +
			"dans un courriel mal encodé et dans une capture retapée, collé parmi les messages d'autres comptes.",
		source: passage{"tweet de @JulienMarcy, 14 juin 2012",
			"@MinistreDurand Démission ! Votre loi va précariser des milliers de travailleuses. On ne vous lâchera pas de tout votre mandat. Irresponsable !"},
		copies: []passage{
			{"courriel transféré", "DÃ©mission ! Votre loi va prÃ©cariser des milliers de travailleuses. On ne vous lÃ¢chera pas de tout votre mandat. Irresponsable !"},
			{"capture retapée", "DEMISSION! Votre loi va précariser des milliers de travailleuses.\nOn ne vous lâchera pas de tout votre mandat. IRRESPONSABLE !!!"},
		},
		quotes: []passage{
			{"extrait cité", "« On ne vous lâchera pas de tout votre mandat »"},
		},
	},
}
