package wording

// Msg names one sentence of the reports; Words.S gives it in a
// language, Words.F formats it. Each format takes its arguments in the
// order its comment lists.
type Msg uint8

// The sentences of the reports.
const (
	NegationAdded         Msg = iota // a negation the source does not hold
	NotFound                         // the verdict line when no post supports the quote
	NotProof                         // why not_found is not "fake"
	Closest                          // @author, date, verdict, score
	Verdict                          // verdict, its words, score
	Source                           // @author, " (name)", date, URL
	Deleted                          // the source was deleted by its author
	ReadFrom                         // where the source was read (Places)
	Seen                             // who could read the source (Words.Visibility)
	MorePlaces                       // how many more places were not kept
	Repost                           // the account reshared
	AnotherAccount                   // a reshared account the archive does not name
	AuthorUnknown                    // the author named, when the archive cannot tell
	AuthorNone                       // the author named, when no post found is theirs
	Passage                          // start, end byte of the passage quoted
	Difference                       // label, quote side, source side
	AlsoPosted                       // heading of the other posts with the same words
	BeforeSource                     // said of a post earlier than the source
	AlsoPostedLine                   // @author, platform, date, before, verdict, URL
	Also                             // @author, date, URL of a merged quote's second post
	ThreadOpenedBy                   // @root author, posts above
	ThreadBroken                     // missing id, known posts above
	ThreadOrphan                     // the missing parent's id
	ThreadOpening                    // a post that replies to nothing
	Ancestor                         // @author, date, text
	Cycle                            // reply links that loop
	Replies                          // how many replies
	Reply                            // @author, date, text
	QuotedBy                         // a share that quotes the source
	RepostedBy                       // a share that reposts it
	Share                            // kind, @author, date, text
	Around                           // the author's handle
	Before                           // date, text of a post just before
	After                            // date, text of a post just after
	NoText                           // a post without text
	OpenQuote                        // opens a quoted text
	CloseQuote                       // closes a quoted text
	Absent                           // a difference's empty side
	DateLayout                       // day, month, year, hour, minute
	QuoteHead                        // the quote's id
	QuoteLine                        // its input line
	QuoteSpeaker                     // the speaker an article names
	HeadEnd                          // ends the heading
	Rejected                         // why the quote was rejected
	NoWords                          // a quote without a word
	TooLong                          // a quote too long to align (limit in words)
	DemoHeader                       // the first line of the demo
	StoryTitle                       // number, title
	StoryArchive                     // posts in the story's archive
	StoryCapture                     // introduces the story's montage
	RepliesOthers                    // introduces the replies read without disguise
	AbusiveLine                      // who, text
	Deobfuscated                     // the text read without disguise
	DisguiseChange                   // original, start, end, read as, kinds
	Abusive                          // an abusive text
	NotAbusive                       // a text that is not abusive
	AbuseHead                        // id, verdict, score
	AbuseSeverity                    // the severity, after the categories
	AbuseReported                    // a text that reports abuse
	AbuseText                        // the text
	AbuseSpan                        // category, note, excerpt, start, end, severity
	AbuseSpanReported                // the note of a reported span
	AbuseSpanSeverity                // a span's severity
	AbuseRejected                    // id, line, reason
	ExplainDecision                  // who decided (Decision), probability, threshold, logit, bias
	ExplainToward                    // the verdict the features pushed toward
	ExplainFeature                   // contribution, feature, value, weight
	ExplainNone                      // no feature pushed that way
	ExplainNotLearned                // a classifier without learned score
	FeatureChar                      // the n-gram, word edges as _
	FeatureWord                      // the word
	FeaturePair                      // the two words
	FeatureMatch                     // the word of the match key
	FeatureBand                      // the band (ScoreBand)
	FeatureKindPlain                 // a word of kindness
	FeatureKindNegated               // a negated word of kindness
	FeatureHit                       // category or FeatureAnyCategory, context (HitContext), severity note
	FeatureHitSeverity               // the severity
	FeatureAnyCategory               // the hits of every category
	NoQuotation                      // an article without quotation
	QuotationShort                   // a quotation of a few words
	QuotationParts                   // number of parts
	Quotation                        // number, start, end, speaker line, notes, text
	QuotationContinue                // how a quotation's next lines start
	SpeakerNamed                     // speaker, attribution
	SpeakerEmbedded                  // speaker, handle, date
	SpeakerPronoun                   // speaker, attribution
	SpeakerContinued                 // speaker, number of the quotation before
	SpeakerUnknownBy                 // attribution that does not say who speaks
	SpeakerUnknown                   // an article that does not say who speaks
	CaptureTitle                     // the heading of a screenshot's report
	CaptureOne                       // title
	CaptureMany                      // title, items, disputed item
	MontageVerdict                   // verdict, its words
	ItemHead                         // mark, number, shown
	ItemShown                        // what the item shows (author · date)
	ItemNotFound                     // an item the archive lacks
	ItemWrittenBy                    // @author, " (name)", date, verdict, its words
	ItemRepost                       // who wrote a reshared item's words
	ItemAuthorShown                  // author shown, who wrote it
	ItemDateShown                    // date shown, date posted
	ItemAlsoPosted                   // @author, platform, date, URL
	ItemDeleted                      // an item's post was deleted by its author
	ItemReadFrom                     // where an item's post was read (Places)
	ItemSeen                         // who could read an item's post (Words.Visibility)
	ItemDateNote                     // the date shown that was not understood
	ItemAbusive                      // categories, severity
	ItemSeverity                     // the severity
	ItemReports                      // an item that reports abuse
	ItemWithPrevious                 // the link, the gap
	ItemNoLink                       // the gap
	FlagLine                         // flag, detail
	ContextTitle                     // the disputed item's number
	HeadSpliced                      // groups, disputed
	HeadItem                         // number, who
	HeadNotFound                     // who wrote an item not found
	HeadDisputed                     // number, who
	HeadDisputedMissing              // number
	HeadDoctored                     // the changes
	HeadJoin                         // between two changes
	HeadMisattributed                // number, author shown, who
	HeadAltered                      // number, who
	HeadWrongDate                    // number, date shown, date posted
	GapMinutes                       // minutes
	GapHours                         // hours
	GapDays                          // days
	GapYears                         // years
	ItemsOne                         // l'élément n°N: an item's number
	ItemsMany                        // the items' numbers, joined
	OfItemsOne                       // an item's number, after "the words"
	OfItemsMany                      // the items' numbers, joined, after "the words"
	ListAnd                          // joins the last two numbers of a list
	LineTooLong                      // an input line over the limit (MiB)
	LineNotJSON                      // an input line that is not JSON
	LineNotObject                    // an input line that is not a JSON object
	LineBadID                        // an id neither a string nor a number
	LineNoText                       // a line without its text field
	LineTextNotString                // a text field that is not a string
	LineTextUnreadable               // a text field that cannot be decoded
	LineAuthorNotString              // an author field that is not a string
	LineAuthorUnreadable             // an author field that cannot be decoded
	PageVerifyTitle                  // the default title of a page of verified quotes
	PageMontageTitle                 // the default title of a page of judged screenshots
	PageNothing                      // a page with nothing judged
	PageFooter                       // the page's last words
	PageQuote                        // the quote as given
	PageSource                       // the source's original text
	PageDifferences                  // heading of the differences
	PageDiffKind                     // the column of a difference's kind
	PageDiffNone                     // a quote without difference
	PageThread                       // heading of the source's thread
	PageShares                       // heading of the posts that share the source
	PageAlsoPosted                   // heading of the other posts with the same words
	PageClosest                      // heading of the closest posts of a quote not found
	PagePassage                      // the legend of the passage quoted
	PageBidi                         // the title of a bidirectional control character
	PageCirculated                   // the column of the items as they circulated
	PageFound                        // the column of what the archive holds
	PageDisputed                     // the mark of the disputed item
	PageCut                          // the gap between two items never together
	PageLinkUnknown                  // two items whose link cannot be judged
	PageFindings                     // heading of the findings
	PageJudgeWords                   // introduces a finding's French detail in English
	PageConversationReply            // @root author, posts above
	PageConversationOpens            // replies below
	PageOriginalWords                // heading of a changed item's original words
	PageNotAbusive                   // an item that is not abusive
	PageWrittenBy                    // @author, " (name)", date
	PageVerdict                      // verdict code, its words
	PageScore                        // the score
	PageColon                        // between a label and what it labels
	numMsgs
)

// messages holds every sentence in French, then in English, side by
// side: a translator reads both, a proof-reader finds each once.
var messages = [numMsgs][2]string{
	NegationAdded:         {"négation ajoutée", "negation added"},
	NotFound:              {"  → verdict : not_found — aucun message de l'archive ne porte ces mots.", "  → verdict: not_found — no post in the archive carries these words."},
	NotProof:              {"    (L'archive peut être incomplète : ce n'est pas la preuve d'un faux.)", "    (The archive may be incomplete: this is no proof of a fake.)"},
	Closest:               {"    message le plus proche : @%s, %s (%s, score %.2f)", "    closest post: @%s, %s (%s, score %.2f)"},
	Verdict:               {"  → verdict : %s — %s (score %.2f)", "  → verdict: %s — %s (score %.2f)"},
	Source:                {"  Source : @%s%s, %s — %s", "  Source: @%s%s, %s — %s"},
	Deleted:               {"  Supprimé par son auteur : publié, puis effacé (l'archive le garde)", "  Deleted by its author: posted, then removed (the archive keeps it)"},
	ReadFrom:              {"  Lu dans : %s", "  Read from: %s"},
	Seen:                  {"  Visibilité : %s", "  Visibility: %s"},
	MorePlaces:            {" et %d autre(s)", " and %d more"},
	Repost:                {"  (ce message repartage %s : l'original n'est pas dans l'archive, ses mots sont ceux de son auteur)", "  (this post reshares %s: the original is not in the archive; the words are the original author's)"},
	AnotherAccount:        {"un autre compte", "another account"},
	AuthorUnknown:         {"  (L'archive ne dit pas si ce compte est celui de %s, l'auteur indiqué.)", "  (The archive does not say whether this account belongs to %s, the author named.)"},
	AuthorNone:            {"  ⚠ Aucun des messages retrouvés avec ces mots n'est de %s, l'auteur indiqué.", "  ⚠ None of the posts found with these words is by %s, the author named."},
	Passage:               {"  passage cité, octets [%d,%d) :", "  quoted passage, bytes [%d,%d):"},
	Difference:            {"    · %-18s citation %s  source %s", "    · %-18s quote %s  source %s"},
	AlsoPosted:            {"  Mêmes mots publiés aussi par :", "  The same words were also posted by:"},
	BeforeSource:          {", avant la source", ", before the source"},
	AlsoPostedLine:        {"    @%s%s, %s%s (verdict : %s) — %s", "    @%s%s, %s%s (verdict: %s) — %s"},
	Also:                  {"  La citation colle aussi un autre message : @%s, %s — %s", "  The quote also draws on another post: @%s, %s — %s"},
	ThreadOpenedBy:        {"  Fil : réponse dans une conversation ouverte par @%s (%d message(s) au-dessus)", "  Thread: a reply in a conversation opened by @%s (%d post(s) above)"},
	ThreadBroken:          {"  Fil : réponse dans une conversation dont le début manque : elle remonte à %s, absent de l'archive (%d message(s) connus au-dessus)", "  Thread: a reply in a conversation whose start is missing: it goes back to %s, which the archive lacks (%d known post(s) above)"},
	ThreadOrphan:          {"  Fil : réponse à %s, absent de l'archive : la conversation n'est pas dans l'archive", "  Thread: a reply to %s, which the archive lacks: the conversation is not in the archive"},
	ThreadOpening:         {"  Fil : message d'ouverture de sa conversation", "  Thread: the opening post of its conversation"},
	Ancestor:              {"    ↑ @%s, %s : %s", "    ↑ @%s, %s: %s"},
	Cycle:                 {"  (les liens de réponse bouclent : fil arrêté)", "  (the reply links loop: thread stopped)"},
	Replies:               {"  Réponses (%d) :", "  Replies (%d):"},
	Reply:                 {"    ↳ @%s, %s : %s", "    ↳ @%s, %s: %s"},
	QuotedBy:              {"cité par", "quoted by"},
	RepostedBy:            {"repartagé par", "reshared by"},
	Share:                 {"  %s @%s, %s : %s", "  %s @%s, %s: %s"},
	Around:                {"  Autour, les messages de @%s :", "  Around it, the posts of @%s:"},
	Before:                {"    avant  %s : %s", "    before %s: %s"},
	After:                 {"    après  %s : %s", "    after  %s: %s"},
	NoText:                {"(sans texte)", "(no text)"},
	OpenQuote:             {"«", "“"},
	CloseQuote:            {"»", "”"},
	Absent:                {"—", "—"},
	DateLayout:            {"%d %s %d à %02d:%02d UTC", "%d %s %d at %02d:%02d UTC"},
	QuoteHead:             {"Citation %s", "Quote %s"},
	QuoteLine:             {" (ligne %d)", " (line %d)"},
	QuoteSpeaker:          {" (attribuée à %s)", " (attributed to %s)"},
	HeadEnd:               {" :", ":"},
	Rejected:              {"  → rejetée : %s.", "  → rejected: %s."},
	NoWords:               {"la citation ne contient aucun mot", "the quote holds no word"},
	TooLong:               {"citation trop longue pour être alignée (plus de %d mots)", "the quote is too long to align (more than %d words)"},
	DemoHeader:            {"guillemet — démonstration (personnes et comptes fictifs, inspirés de cas réels)", "guillemet — demonstration (fictional people and accounts, inspired by real cases)"},
	StoryTitle:            {"━━ %d. %s ━━", "━━ %d. %s ━━"},
	StoryArchive:          {"(archive : %d messages)", "(archive: %d posts)"},
	StoryCapture:          {"La capture qui a circulé : son tweet dans un bloc de messages d'autres comptes.", "The screenshot that circulated: their tweet in a block of posts by other accounts."},
	RepliesOthers:         {"  Les réponses viennent d'autres comptes ; lues sans dissimulation :", "  The replies come from other accounts; read without their disguise:"},
	AbusiveLine:           {"    %s : %s", "    %s: %s"},
	Deobfuscated:          {"      lue sans dissimulation : %s", "      read without disguise: %s"},
	DisguiseChange:        {"        · %q (octets [%d,%d) de l'original) se lit %q — %s", "        · %q (bytes [%d,%d) of the original) reads %q — %s"},
	Abusive:               {"injurieux", "abusive"},
	NotAbusive:            {"non injurieux", "not abusive"},
	AbuseHead:             {"[%s] %s — score %.2f", "[%s] %s — score %.2f"},
	AbuseSeverity:         {" — gravité : %s", " — severity: %s"},
	AbuseReported:         {" — propos rapportés ou cités", " — reported or quoted words"},
	AbuseText:             {"    « %s »", "    “%s”"},
	AbuseSpan:             {"    · %s%s : « %s » [%d,%d)%s", "    · %s%s: “%s” [%d,%d)%s"},
	AbuseSpanReported:     {", rapporté", ", reported"},
	AbuseSpanSeverity:     {" — gravité : %s", " — severity: %s"},
	AbuseRejected:         {"[%s] ligne %d rejetée : %s", "[%s] line %d rejected: %s"},
	ExplainDecision:       {"    ▸ décision : %s — probabilité du modèle %.2f, seuil %.2f (logit %.2f, biais %.2f)", "    ▸ decision: %s — model probability %.2f, threshold %.2f (logit %.2f, bias %.2f)"},
	ExplainToward:         {"    ▸ vers « %s » :", "    ▸ toward “%s”:"},
	ExplainFeature:        {"        %+.3f  %s (%.3g × %.3f)", "        %+.3f  %s (%.3g × %.3f)"},
	ExplainNone:           {"        (aucun trait)", "        (no feature)"},
	ExplainNotLearned:     {"    ▸ aucun score appris à expliquer : le classifieur en usage n'est pas le modèle appris ; ce qu'il relève, ce sont ses passages (ci-dessus, s'il y en a)", "    ▸ no learned score to explain: the classifier in use is not the learned model; what it found are its spans (above, if any)"},
	FeatureChar:           {"caractères « %s »", "characters “%s”"},
	FeatureWord:           {"mot « %s »", "word “%s”"},
	FeaturePair:           {"mots « %s »", "words “%s”"},
	FeatureMatch:          {"mot de la clé de comparaison « %s »", "match-key word “%s”"},
	FeatureBand:           {"score du lexique : %s", "lexicon score: %s"},
	FeatureKindPlain:      {"mot de bienveillance", "word of kindness"},
	FeatureKindNegated:    {"mot de bienveillance nié", "negated word of kindness"},
	FeatureHit:            {"lexique : %s %s%s", "lexicon: %s, %s%s"},
	FeatureHitSeverity:    {", gravité : %s", ", severity: %s"},
	FeatureAnyCategory:    {"toute catégorie", "any category"},
	NoQuotation:           {"Aucune citation trouvée.", "No quotation found."},
	QuotationShort:        {"courte", "short"},
	QuotationParts:        {"%d parties", "%d parts"},
	Quotation:             {"%d. [%d,%d) %s%s\n   « %s »", "%d. [%d,%d) %s%s\n   “%s”"},
	QuotationContinue:     {"\n     ", "\n     "},
	SpeakerNamed:          {"%s — nommé à côté de la citation : « %s »", "%s — named beside the quotation: “%s”"},
	SpeakerEmbedded:       {"%s — auteur du post intégré @%s du %s", "%s — author of the embedded post @%s of %s"},
	SpeakerPronoun:        {"%s — pronom résolu : « %s »", "%s — pronoun resolved: “%s”"},
	SpeakerContinued:      {"%s — même phrase que la citation %d", "%s — the same sentence as quotation %d"},
	SpeakerUnknownBy:      {"locuteur inconnu — « %s » ne dit pas qui parle", "unknown speaker — “%s” does not say who speaks"},
	SpeakerUnknown:        {"locuteur inconnu — l'article ne dit pas qui parle", "unknown speaker — the article does not say who speaks"},
	CaptureTitle:          {"Capture", "Screenshot"},
	CaptureOne:            {"%s : 1 élément", "%s: 1 item"},
	CaptureMany:           {"%s : %d éléments, élément contesté n°%d", "%s: %d items, disputed item #%d"},
	MontageVerdict:        {"→ verdict : %s — %s", "→ verdict: %s — %s"},
	ItemHead:              {"%s n°%d%s", "%s #%d%s"},
	ItemShown:             {" (affiché : %s)", " (shown: %s)"},
	ItemNotFound:          {"   introuvable dans l'archive", "   not found in the archive"},
	ItemWrittenBy:         {"   écrit par @%s%s, %s — %s (%s)", "   written by @%s%s, %s — %s (%s)"},
	ItemRepost:            {"   (repartage : les mots sont de @%s)", "   (a reshare: the words are @%s's)"},
	ItemAuthorShown:       {"   ⚠ auteur affiché « %s », mais écrit par @%s", "   ⚠ author shown “%s”, but written by @%s"},
	ItemDateShown:         {"   ⚠ date affichée « %s », mais publié le %s", "   ⚠ date shown “%s”, but posted on %s"},
	ItemAlsoPosted:        {"   mêmes mots aussi publiés par @%s (%s), %s — %s", "   the same words also posted by @%s (%s), %s — %s"},
	ItemDeleted:           {"   supprimé par son auteur : publié, puis effacé", "   deleted by its author: posted, then removed"},
	ItemReadFrom:          {"   lu dans : %s", "   read from: %s"},
	ItemSeen:              {"   visibilité : %s", "   visibility: %s"},
	ItemDateNote:          {"   date non comprise : « %s »", "   date not understood: “%s”"},
	ItemAbusive:           {"   contenu injurieux : %s%s", "   abusive content: %s%s"},
	ItemSeverity:          {" (gravité : %s)", " (severity: %s)"},
	ItemReports:           {"   rapporte des injures (sans les proférer)", "   reports abuse (without uttering it)"},
	ItemWithPrevious:      {"   avec le précédent : %s, %s d'écart", "   with the previous item: %s, %s apart"},
	ItemNoLink:            {"   avec le précédent : aucun lien, %s d'écart", "   with the previous item: no link, %s apart"},
	FlagLine:              {"• %s : %s", "• %s: %s"},
	ContextTitle:          {"Le vrai contexte de l'élément contesté (n°%d) :", "The real context of the disputed item (#%d):"},
	HeadSpliced:           {"MONTAGE : jamais ensemble — %s%s", "MONTAGE: never together — %s%s"},
	HeadItem:              {"n°%d (%s)", "#%d (%s)"},
	HeadNotFound:          {"introuvable", "not found"},
	HeadDisputed:          {" ; l'élément contesté est le n°%d, de @%s.", "; the disputed item is #%d, by @%s."},
	HeadDisputedMissing:   {" ; l'élément contesté n°%d est introuvable.", "; the disputed item #%d is not found."},
	HeadDoctored:          {"RETOUCHÉ : %s.", "DOCTORED: %s."},
	HeadJoin:              {" ; ", "; "},
	HeadMisattributed:     {"n°%d montré sous « %s » est de @%s", "#%d shown as “%s” is by @%s"},
	HeadAltered:           {"n°%d : le texte de @%s a été modifié", "#%d: the words of @%s were changed"},
	HeadWrongDate:         {"n°%d daté « %s » a été publié le %s", "#%d dated “%s” was posted on %s"},
	GapMinutes:            {"%d min", "%d min"},
	GapHours:              {"%.0f h", "%.0f h"},
	GapDays:               {"%.0f jours", "%.0f days"},
	GapYears:              {"%.1f ans", "%.1f years"},
	ItemsOne:              {"l'élément n°%d", "item %d"},
	ItemsMany:             {"les éléments %s", "items %s"},
	OfItemsOne:            {"de l'élément n°%d", "of item %d"},
	OfItemsMany:           {"des éléments %s", "of items %s"},
	ListAnd:               {" et ", " and "},
	LineTooLong:           {"ligne de plus de %d Mio", "a line of more than %d MiB"},
	LineNotJSON:           {"ce n'est pas du JSON valide", "not valid JSON"},
	LineNotObject:         {"ce n'est pas un objet JSON", "not a JSON object"},
	LineBadID:             {"le champ id n'est ni une chaîne ni un nombre", "the id field is neither a string nor a number"},
	LineNoText:            {"le champ text manque", "the text field is missing"},
	LineTextNotString:     {"le champ text n'est pas une chaîne", "the text field is not a string"},
	LineTextUnreadable:    {"le champ text est illisible", "the text field cannot be read"},
	LineAuthorNotString:   {"le champ author n'est pas une chaîne", "the author field is not a string"},
	LineAuthorUnreadable:  {"le champ author est illisible", "the author field cannot be read"},
	PageVerifyTitle:       {"guillemet — vérification de citations", "guillemet — quote verification"},
	PageMontageTitle:      {"guillemet — analyse de captures d'écran", "guillemet — screenshot analysis"},
	PageNothing:           {"Rien n'a été jugé.", "Nothing was judged."},
	PageFooter:            {"Rapport produit par guillemet à partir de l'archive fournie. Un message introuvable n'est pas la preuve d'un faux : l'archive peut être incomplète.", "Report produced by guillemet from the archive given. A post not found is no proof of a fake: the archive may be incomplete."},
	PageQuote:             {"La citation", "The quote"},
	PageSource:            {"Le message original", "The original post"},
	PageDifferences:       {"Différences", "Differences"},
	PageDiffKind:          {"nature", "kind"},
	PageDiffNone:          {"Aucune différence : les mots sont ceux du message.", "No difference: the words are the post's."},
	PageThread:            {"Le fil de la conversation", "The conversation's thread"},
	PageShares:            {"Les messages qui le citent ou le repartagent", "The posts that quote or reshare it"},
	PageAlsoPosted:        {"Mêmes mots publiés aussi par", "The same words were also posted by"},
	PageClosest:           {"Messages les plus proches (aucun ne porte la citation)", "Closest posts (none carries the quote)"},
	PagePassage:           {"surligné : le passage cité", "highlighted: the passage quoted"},
	PageBidi:              {"caractère de contrôle de direction du texte, rendu inerte", "a text-direction control character, made inert"},
	PageCirculated:        {"Tel qu'il a circulé", "As it circulated"},
	PageFound:             {"Ce que montre l'archive", "What the archive shows"},
	PageDisputed:          {"élément contesté", "disputed item"},
	PageCut:               {"✂ COUPURE — ces deux éléments n'ont jamais été ensemble (aucun lien, %s d'écart)", "✂ CUT — these two items were never together (no link, %s apart)"},
	PageLinkUnknown:       {"lien inconnu : l'un des deux éléments est introuvable", "link unknown: one of the two items is not found"},
	PageFindings:          {"Constats", "Findings"},
	PageJudgeWords:        {"les mots du juge (en français) :", "the judge's words (in French):"},
	PageConversationReply: {"réponse dans une conversation ouverte par @%s (%d message(s) au-dessus)", "a reply in a conversation opened by @%s (%d post(s) above)"},
	PageConversationOpens: {"ouvre sa conversation", "opens its conversation"},
	PageOriginalWords:     {"Les mots publiés :", "The words posted:"},
	PageNotAbusive:        {"contenu non injurieux", "content not abusive"},
	PageWrittenBy:         {"écrit par @%s%s, %s", "written by @%s%s, %s"},
	PageVerdict:           {"%s — %s", "%s — %s"},
	PageScore:             {"score %.2f", "score %.2f"},
	PageColon:             {" :", ":"},
}

// verdicts says the verdicts of a quote in words, by code (verbatim,
// …), in French and in English.
var verdicts = map[string][2]string{
	"verbatim":   {"mot pour mot", "word for word"},
	"equivalent": {"équivalente (mêmes mots, autre typographie)", "equivalent (the same words, other typography)"},
	"excerpt":    {"extrait fidèle", "a faithful excerpt"},
	"elided":     {"coupes marquées", "cuts marked"},
	"altered":    {"citation modifiée", "the quote was changed"},
	"not_found":  {"introuvable dans cette source", "not found in this source"},
}

// differences names the kinds of difference, by code (typography, …),
// in French and in English.
var differences = map[string][2]string{
	"typography":      {"typographie", "typography"},
	"spacing":         {"espaces", "spacing"},
	"case":            {"casse", "case"},
	"accent":          {"accents", "accents"},
	"inclusive":       {"écriture inclusive", "inclusive writing"},
	"ligature":        {"ligatures", "ligatures"},
	"emoji":           {"émojis", "emoji"},
	"link":            {"lien", "link"},
	"mention":         {"mentions", "mentions"},
	"mojibake":        {"encodage cassé", "broken encoding"},
	"spelling":        {"orthographe", "spelling"},
	"word_replaced":   {"mot remplacé", "word replaced"},
	"word_inserted":   {"mots ajoutés", "words added"},
	"word_deleted":    {"mots supprimés", "words removed"},
	"negation":        {"négation coupée", "negation cut"},
	"punctuation":     {"ponctuation changée", "punctuation changed"},
	"elision":         {"coupe marquée", "cut marked"},
	"truncated_start": {"début omis", "start left out"},
	"truncated_end":   {"suite omise", "end left out"},
}

// normalizeKinds names the kinds of normalization, by name (spacing,
// …), in French and in English.
var normalizeKinds = map[string][2]string{
	"spacing":     {"espaces", "spacing"},
	"typography":  {"typographie", "typography"},
	"case":        {"casse", "case"},
	"accent":      {"accents", "accents"},
	"ligature":    {"ligatures", "ligatures"},
	"compat":      {"formes de compatibilité", "compatibility forms"},
	"inclusive":   {"écriture inclusive", "inclusive writing"},
	"elongation":  {"lettres répétées", "repeated letters"},
	"mojibake":    {"mojibake", "mojibake"},
	"invisible":   {"caractères invisibles", "invisible characters"},
	"hyphenation": {"coupure de ligne", "line-end hyphenation"},
	"homoglyph":   {"lettres sosies", "look-alike letters"},
	"link":        {"liens", "links"},
	"mention":     {"mentions en tête", "leading mentions"},
	"emoji":       {"émojis", "emoji"},
	"hashtag":     {"mots-dièse", "hashtags"},
	"encoding":    {"UTF-8 invalide", "invalid UTF-8"},
	"composition": {"composition Unicode", "Unicode composition"},
	"obfuscation": {"dissimulation", "disguise"},
}

// abuseCategories names abuse categories, by code (insult, …), in French and in English.
var abuseCategories = map[string][2]string{
	"insult": {"injure", "insult"},
	"sexual": {"injure sexuelle", "sexual insult"},
	"threat": {"menace", "threat"},
	"hate":   {"haine", "hate"},
}

// visibilities says who could read a post, by its visibility
// (provenance.Post.Visibility: public, unlisted, private, direct), in
// French and in English.
var visibilities = map[string][2]string{
	"public":   {"publique (tout le monde, fils publics compris)", "public (anyone, on the public timelines too)"},
	"unlisted": {"non listée (qui l'ouvre, hors des fils publics)", "unlisted (anyone who opens it, off the public timelines)"},
	"private":  {"abonnés seulement : pas publique", "followers only: not public"},
	"direct":   {"mention privée, aux seuls comptes mentionnés : pas publique", "direct, to the accounts it mentions only: not public"},
}

// abuseSeverities names abuse severities, by code (harsh, …), in French and in English.
var abuseSeverities = map[string][2]string{
	"none":      {"aucune", "none"},
	"harsh":     {"propos durs", "harsh"},
	"insulting": {"injure", "insulting"},
	"degrading": {"injure dégradante", "degrading"},
	"violent":   {"violence", "violent"},
}

// abuseDecisions names the readings that decide the learned model's
// verdict, by code (abuse.Decision: model, lexicon, reported, quoted).
var abuseDecisions = map[string][2]string{
	"model":    {"le score appris", "the learned score"},
	"lexicon":  {"le lexique, qui relève des propos injurieux de l'auteur", "the lexicon, which finds abuse the author utters"},
	"reported": {"le lexique, qui ne relève que des propos rapportés ou cités", "the lexicon, which finds only reported or quoted abuse"},
	"quoted":   {"les guillemets : le score appris n'atteint le seuil qu'avec les propos que le texte cite", "the quotation: the learned score reaches the threshold only with the words the text quotes"},
}

// hitContexts names the contexts of the lexicon's hits, by code
// (uttered, reported, negated, self); the French agrees with « injure »,
// « menace », « haine » and « toute catégorie ».
var hitContexts = map[string][2]string{
	"uttered":  {"proférée", "uttered"},
	"reported": {"rapportée", "reported"},
	"negated":  {"niée", "negated"},
	"self":     {"retournée contre soi", "self-directed"},
}

// scoreBands names the bands of the lexicon's score, by code.
var scoreBands = map[string][2]string{
	"none":    {"nul", "none"},
	"low":     {"faible (moins de 0.5)", "low (below 0.5)"},
	"abusive": {"injurieux (0.5 ou plus)", "abusive (0.5 or more)"},
	"high":    {"élevé (0.8 ou plus)", "high (0.8 or more)"},
}

// months names the months in dates, in French and in English.
var months = [2][12]string{
	{"janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."},
	{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
}

// montageVerdicts says the montage verdicts in words, by code, in French
// and in English.
var montageVerdicts = map[string][2]string{
	"spliced":      {"MONTAGE — des éléments qui n'ont jamais été ensemble ont été rapprochés", "MONTAGE — items that were never together were put side by side"},
	"doctored":     {"RETOUCHÉ — rien n'a été rapproché, mais des mots, un auteur ou une date ont été changés", "DOCTORED — nothing was put together, but words, an author or a date were changed"},
	"unverifiable": {"INVÉRIFIABLE — des éléments manquent dans l'archive", "UNVERIFIABLE — items are missing from the archive"},
	"genuine":      {"AUTHENTIQUE — tous les éléments retrouvés, tels que publiés, par l'auteur et à la date affichés, et ils se suivaient réellement", "GENUINE — every item found, as posted, by the author and on the date shown, and they really followed one another"},
}

// contextReasons gives in English the links between two items the
// montage judge names in French.
var contextReasons = map[string]string{
	"le même message":                          "the same post",
	"l'un cite l'autre":                        "one quotes the other",
	"l'un repartage l'autre":                   "one reshares the other",
	"la même conversation":                     "the same conversation",
	"deux messages consécutifs du même auteur": "two consecutive posts by the same author",
}

// findings says in English what each montage flag found: %[1]s names
// the items (Items), %[2]s names them after "the words" (OfItems). The
// French report gives the judge's own detail.
var findings = map[string]string{
	"spliced_abuse":      "abusive posts by other accounts, from outside the disputed item's context, were set beside it (%[1]s)",
	"mixed_authors":      "the items found have several authors (%[1]s)",
	"unrelated_contexts": "neighbouring items were never together: not one conversation, no quote or reshare, not consecutive posts of one author (%[1]s)",
	"misattributed":      "the author shown is not who wrote the words (%[1]s)",
	"altered":            "the words differ from the post found (%[1]s)",
	"wrong_date":         "the date shown is not the post's, in Paris time, in UTC or at the capture's offset (%[1]s)",
	"not_found":          "no post in the archive carries the words %[2]s; the archive may be incomplete, this is no proof of a fake",
	"time_gap":           "more than 24 hours separate neighbouring items (%[1]s)",
}
