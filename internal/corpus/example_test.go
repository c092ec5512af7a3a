package corpus_test

import (
	"fmt"
	"os"

	"github.com/guillemet/guillemet/internal/corpus"
)

func ExampleGenerate() {
	posts := corpus.Generate(corpus.Config{Posts: 1000, Seed: 1})
	for _, p := range posts[:4] {
		fmt.Printf("%s @%s: %s\n", p.CreatedAt.Format("2006-01-02 15:04"), p.Author, p.Text)
	}
	for _, p := range posts {
		if p.ReplyTo != "" {
			fmt.Printf("reply to %s: %s\n", p.ReplyTo, p.Text)
			break
		}
	}
	// Output:
	// 2024-01-01 11:11 @marie_bonoche: 📢 Conseil de quartier dimanche à 18h à la salle des fêtes : l’augmentation des effectifs. Venez nombreux ! Un choix vraiment préoccupant pour les paysans. https://youtu.be/kB4jBv3HeK9
	// 2024-01-01 12:41 @MairieClerennes: Mobilisation mardi à 14 h 15, la route des Tilleuls, contre le sort de l’hôpital clerennenois. Quelle honte ! #Clerennes #StopHopital https://www.lagazettedeclerennes.fr/education/sort-hopital-clerennes-2007514.html
	// 2024-01-01 18:43 @ErwanLafieu: J'attends toujours les chiffres sur le projet de nouveau manège. « Alarmant » : c'est le mot employé par Julien Rochault pour qualifier le projet de nouveau manège.
	// 2024-01-02 13:47 @IsabelleRouget: Les élus financent les engagements sur les services publics finalement. Merci aux habitants de Vernoux-en-Lézan pour leur mobilisation ce matin !
	// reply to 1743344439654350848: @FredericBlanchi Je ne vois pas le rapport avec la flambée des loyers. Tous au siège de l’agglo mercredi à 21h contre la flambée des loyers !
}

func ExampleWriteJSONL() {
	posts := corpus.Generate(corpus.Config{Posts: 2, Seed: 1})
	if err := corpus.WriteJSONL(os.Stdout, posts[:1]); err != nil {
		fmt.Println(err)
	}
	// Output:
	// {"platform":"x","id":"1782723257011535872","author":"jean_castagnet","author_name":"Jean Castagnet","created_at":"2024-04-23T10:48:40.525Z","text":"Jusqu'à quand faudra-t-il accepter l'augmentation des effectifs ? L'augmentation des effectifs, c'est une erreur pour les familles de Roche-Fleury. Une mesure tellement ruineuse pour les délégués.","conversation":"1782723257011535872","url":"https://x.com/jean_castagnet/status/1782723257011535872","lang":"fr"}
}

func ExampleQueries() {
	posts := corpus.Generate(corpus.Config{Posts: 2000, Seed: 1})
	text := map[string]string{}
	for _, p := range posts {
		text[p.ID] = p.Text
	}
	for _, q := range corpus.Queries(posts, 7, 1) {
		fmt.Printf("%s %s → %s\n  %s\n", q.ID, q.Kind, q.Verdict, q.Text)
		if q.Want != "" {
			fmt.Printf("  from: %s\n", text[q.Want])
		}
		if q.Also != "" {
			fmt.Printf("  and:  %s\n", text[q.Also])
		}
	}
	// Output:
	// q1 elided → elided
	//   Vous avez écrit « Les Kerois […] mieux que le projet des agences postales […] pendant la campagne. On s'en
	//   from: @CGarelle Vous avez écrit « Les Kerois méritent mieux que le projet des agences postales d'Arfond » pendant la campagne. On s'en souviendra.
	// q2 excerpt → excerpt
	//   centre communal d'action sociale de Salac-des-Marais peut présenter l'augmentation
	//   from: @LoicBouraud Tu racontes n'importe quoi. Vous avez écrit « Le centre communal d'action sociale de Salac-des-Marais peut présenter l'augmentation du prix de l'eau » il y a deux ans. On s'en souviendra.
	// q3 short → excerpt
	//   les transports ? Nous, comme toujours. Lisez
	//   from: Qui va payer les engagements sur les transports ? Nous, comme toujours. Lisez le communiqué d’Union des Libertés sur ces engagements : https://www.mauleon-d-orve.fr/actualites/engagements-transports-mauleon-d-orve
	// q4 fabricated → not_found
	//   La majorité municipale canieunoise n’a pas planifié le projet de camping.
	// q5 merged → altered
	//   cette stratégie samedi 3 juin à 18h30. Pétition : oui à la mutualisation de la piscine de
	//   from: Pétition : oui à la mutualisation de la piscine de Septèze ! Signez 🙏 Lisez la tribune de Cap citoyen sur la mutualisation de la piscine de Septèze : https://www.lecourrierdesepteze.fr/societe/mutualisation-piscine-septeze-4544554.html 💶 #NonALaMutualisation #Logement
	//   and:  Rendez-vous samedi à 14h devant l'hôtel de ville pour dire non à la stratégie pour la jeunesse à Ozalignac ! Le conseil municipal ozalignacois vous invite à une balade urbaine sur cette stratégie samedi 3 juin à 18h30. #Budget2024 #Municipales2026 #Logement
	// q6 variant → equivalent
	//   C'est  absolument kafkaien d'etudier la strategie pour le pouvoir d'achat a quelques mois des elections. Ils  nous avaient promis la strategie pour  l'environnement.  Resultat : la strategie  pour le pouvoir d'achat.
	//   from: C'est absolument kafkaïen d'étudier la stratégie pour le pouvoir d'achat à quelques mois des élections. Ils nous avaient promis la stratégie pour l'environnement. Résultat : la stratégie pour le pouvoir d'achat.
	// q7 ocr → equivalent
	//   Le gouvemement n'a pas taaclé les fonctionnaires sur le plan pour la souveraineté alimentaire. #Arfond #Manif
	//   from: Le gouvernement n’a pas taclé les fonctionnaires sur le plan pour la souveraineté alimentaire. #Arfond #Manif
}

func ExampleHard() {
	set := corpus.Hard(corpus.HardConfig{Config: corpus.Config{Posts: 5000, Seed: 1}, Queries: 200, QuerySeed: 1})
	fmt.Println(len(set.Posts)-5000, "copies added")
	shown := map[corpus.QueryKind]bool{}
	for _, q := range set.Queries {
		switch q.Kind {
		case corpus.ShortOCR, corpus.Unseen, corpus.Splice:
			if !shown[q.Kind] {
				shown[q.Kind] = true
				fmt.Printf("%s %s, %s words, %d short-word slips, %s → %s\n  %s\n", q.ID, q.Kind, q.LengthClass(), q.ShortSlips, q.Split(), q.Verdict, q.Text)
			}
		}
	}
	// Output:
	// 174 copies added
	// h003 splice, 16-25 words, 0 short-word slips, test → altered
	//   Laras a salué la réfection de la médiathèque. Cohérence! Et après ils s’étonnent que les cyclistes se détournent de la
	// h005 unseen, 16-25 words, 0 short-word slips, test → not_found
	//   Pendant ce temps, le climat se détériore à Hautefond. Le projet de l'écluse a été enterré discrètement.
	// h008 short_ocr, 8-15 words, 1 short-word slips, test → excerpt
	//   ancienne au plus vite. Vous preniez acte dc l’agrandissement partiel de la maternité
}
