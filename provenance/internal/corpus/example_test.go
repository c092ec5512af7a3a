package corpus_test

import (
	"fmt"
	"os"

	"github.com/guillemet/guillemet/provenance/internal/corpus"
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
	//   à la région qui a enterré (...) personne ! Le discours (...) Territoires fait des ravages à Orvieux
	//   from: Honte à la région qui a enterré la flambée des loyers sans consulter personne ! Le discours non-accidents de Mouvement des Territoires fait des ravages à Orvieux.
	// q2 excerpt → excerpt
	//   c’est les transports, pas le réaménagement de l’école. Le 23 avril
	//   from: @valleau_s Le vrai sujet, c’est les transports, pas le réaménagement de l’école. Le 23 avril, Léa Vialade visitera l’école.
	// q3 short → excerpt
	//   22 septembre, Clémence Garol inaugurera la passerelle
	//   from: Le 22 septembre, Clémence Garol inaugurera la passerelle centrale. 🔴 INFO : la préfecture va mettre en vente la passerelle centrale.
	// q4 fabricated → not_found
	//   La revalorisation des tarifs du périscolaire est un peu loufoque.
	// q5 merged → altered
	//   la charte pour la propreté d’ici la fin de l’année. Tout à fait d’accord avec toi. Ils nous avaient promis le désamiantage
	//   from: @SamirPererot @PaulCastagnet Tout à fait d’accord avec toi. Ils nous avaient promis le désamiantage du tiers-lieu. Résultat : le budget du handicap. 📍
	//   and:  @SauvonsMaternit @PaulCastagnet Pourquoi personne ne parle de la charte pour la propreté ? Selon nos informations, l’office HLM reporterait la charte pour la propreté d’ici la fin de l’année.
	// q6 variant → equivalent
	//   PÉTITION : NON À LA CHARTE POUR LA SÉCURITÉ ! RELAYEZ 👏 LA MUNICIPALITÉ A DIMINUÉ OFFICIELLEMENT CETTE CHARTE, SAISIE PAR LE COLLECTIF SAUVONS LA PISCINE.
	//   from: Pétition : non à la charte pour la sécurité ! Relayez 👏 La municipalité a diminué officiellement cette charte, saisie par le collectif Sauvons la piscine.
	// q7 ocr → equivalent
	//   Tous devant l'hôtel de vile dimanche à 10h30 contre la démolition partelle du cinema futur ! J'ai refusé catégoriquement la démolition partielle du ciéma futuur ce soir. Nous nous féliciterons de cette démolition partielle jusqu'au bout. 🙏 #StopCinéma
	//   from: Tous devant l’hôtel de ville dimanche à 10h30 contre la démolition partielle du cinéma futur ! J’ai refusé catégoriquement la démolition partielle du cinéma futur ce soir. Nous nous féliciterons de cette démolition partielle jusqu’au bout. 🙏 #StopCinéma
}
