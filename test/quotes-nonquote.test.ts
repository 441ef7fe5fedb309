// Quoted text that is not speech, framed so by the words around it: a work before the role of someone
// in it, a headline cited in parentheses or in apposition, a linked story's excerpt and link text, a
// term being defined, a scare-quoted job title, a poll's answer option, a translation, another name
// for a title, and site chrome inside marks. Table-driven, each rule with its negatives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteReader } from './helpers.js';

const quotesOf = await quoteReader();

const lead = 'Senator Jane Roe of Ohio spoke to reporters in Columbus on Tuesday about the budget.\n\n';
const texts = (para: string) => quotesOf(lead + para + '\n').map((q) => q.text);

// [rule, paragraph, the quote texts wanted]
const cases: [string, string, string[]][] = [
  // a work before the role of someone in it
  ['a show before its star and her name', '“Lanterns Over the Bay” star Marisol Tenorio talked about her years growing up in the port.', []],
  ['a show, its kind, then its host', 'The “Rise and shine” show host Corey Lindahl asked about the budget.', []],
  ['a quote ending its clause before a role is speech', '“We will pass this budget by Friday,” host Jane Roe said on the air.', ['We will pass this budget by Friday,']],
  ['a role and a name with a speech verb after them attribute the quote', '“We will pass this budget by Friday” host Jane Roe said on the air.', ['We will pass this budget by Friday']],
  ['a role noun with no name after it', 'Roe praised the “hard work of the whole team” star players put in.', ['hard work of the whole team']],
  // headlines cited
  ['a headline cited in parentheses with its outlet and day', 'I stand with Ada Pemberton ("Pemberton calls Stroud a phony Ruiz would crush," DailyHarbor.com, Friday).', []],
  ['an aside in parentheses quoting someone', 'The senator held firm ("We will not move on this budget at all," Roe said, Thursday).', ['We will not move on this budget at all,']],
  ['a commentary named, then its headline between commas', 'Tess Holmes\' commentary, "Lucia, share your refugee story," is very moving.', []],
  ['a column with its date, then its headline', 'In Sen. Rhys Stevens\' column on Sept. 14, "The pile-on has to end," the Democrat seems to agree.', []],
  ['a column quoted with a speech verb is the columnist\'s words', 'In her column, "We cannot keep spending like this," Roe wrote on Monday.', ['We cannot keep spending like this,']],
  ['no piece named before the comma', 'After the vote, "We cannot keep spending like this," was all Roe would say.', ['We cannot keep spending like this,']],
  // links
  ['a linked story\'s excerpt before its link', 'GOODBYE—"Diner to shut," by Herald\'s Hal Brisbane: "The Blue Kettle, a no-frills diner, will shut its doors at the end of the month." http://hrld.ms/4Xa9Qz2', []],
  ['a headline credited to an outlet\'s reporter, the possessive five words on', '—"\'Salt and Iron\' actor refused to cut his hair for the part," by the Harbor Post\'s Lydia Crane.', []],
  ['a passive agent after the quote is no credit line', '"We will cut the budget again this year," by the time Roe spoke, was the plan.', ['We will cut the budget again this year,']],
  ['a Title Case title and subtitle, whatever verb comes before', "A collection from the cartoonist Nell Ashdown called ''Huge!: 25 Years of Pinewood on Stroud.'' came out too.", []],
  ['a spoken sentence with a colon is speech', '"Here is the thing: We will pass it," Roe said.', ['Here is the thing: We will pass it,']],
  ['a headline credited to an outlet\'s reporter', '—"Actor refused to cut his hair for the part," by the Harbor Post\'s Lydia Crane http://hp.st/9k2mzq1', []],
  ['a post\'s own link after its text is still the post', 'Roe wrote: "We will pass this budget by Friday, no matter what." https://t.co/abc123 She said more later to the crowd.', ['We will pass this budget by Friday, no matter what.']],
  ['a quote woven into a sentence before a link', 'Roe said the budget was "the best one we have passed in ten years" http://example.com/budget and left the room.', ['the best one we have passed in ten years']],
  ['"by the" and a name is a passive\'s agent, not a credit', '“Had there been no such rescue” by the Coast Guard, the village would have flooded, Roe said.', ['Had there been no such rescue']],
  ['a quote inside a link\'s text', 'See [A march in Riverton: "The mood in here is electric tonight" (with photos)](https://example.com/x) for more.', []],
  ['a quote inside an HTML anchor\'s text', 'Read <a href="https://example.com/x" target="_blank">A march in Riverton “The mood in here is electric tonight” (with photos)</a> for more.', []],
  ['a link whose text is only the quote is a linked statement', 'Roe posted [“We will pass this budget by Friday, no matter what.”](https://example.com/s) on Monday.', ['We will pass this budget by Friday, no matter what.']],
  ['a quote before a link elsewhere', '"We will pass this budget by Friday," Roe said, according to [the Times](https://example.com).', ['We will pass this budget by Friday,']],
  // terms, titles of jobs, options, translations
  ['a term being defined', 'The K-9 grant requires a site in a "priority renewal zone," which is defined as a rural county with a falling population.', []],
  ['a long quote before "defined as" is speech', 'Roe called it "a plan that works for every family in this state," defined as broadly as she could.', ['a plan that works for every family in this state,']],
  ['a scare-quoted job title before a name', 'The Ledger sent its “senior regional correspondent” Ingrid Salo to the state fair.', []],
  ['a speaker\'s own words before a name', 'Cal Whitford says his “friend and partner” Milo Asante ran a fine race.', ['friend and partner']],
  ['a poll\'s answer options', 'Only 31 percent of those who selected someone who “listens to folks like us” voted for Pemberton, while 18 percent who chose “strong and steady” did.', []],
  ['a choice with no poll is speech', 'Roe said she chose “to fight for every family in this state” when she ran.', ['to fight for every family in this state']],
  ['a translation after "Latin for"', 'He signed the letter with “Festina Lente Semper,” Latin for “always make haste slowly.”', []],
  ['a hashtag\'s translation', 'The hashtag #UnAbrazoParaLima - "a hug for Lima" - was also trending.', []],
  ['words said in another language are speech', 'Roe said in Spanish, "we will win this fight for the budget."', ['we will win this fight for the budget.']],
  ['another name for a title', 'Actors are staging a popular play called "Las Hijas del Alcalde," or "The Mayor\'s Daughters," in the capital.', []],
  ['"or" between two things said', '"We will pass it this week," or "We will try to pass it," Roe said, depending on the day.', ['We will pass it this week,', 'We will try to pass it,']],
  // what signs and shirts say is written speech, whatever its case
  ['a sign that read a slogan in Title Case', 'He held up the sign — which read “Farmers 4 Pemberton” — and waved it around.', ['Farmers 4 Pemberton']],
  ['a hat reading a slogan in capitals', 'Roe wore a campaign hat reading, "KEEP OHIO WORKING NOW" on Wednesday night.', ['KEEP OHIO WORKING NOW']],
  ['a shirt bearing "the words"', 'She wore a T-shirt emblazoned with the words "Don\'t forget us" to the hearing.', ["Don't forget us"]],
  ['a carrier with no inscription verb: a name stays a name', 'Roe wore her "Keep Ohio Working Now" hat to the rally.', []],
  ['reading with no carrier: a title stays a title', 'Roe was reading "The Road Not Taken" to the class.', []],
  ['chants of a name', 'Roe was met with chants of “Roe, Roe, Roe” and loud applause.', ['Roe, Roe, Roe']],
  ['a crowd chanting a slogan in Title Case', 'Outside, protesters were chanting "Dump The Budget Now" for an hour.', ['Dump The Budget Now']],
  ['a chant named as a thing stays a name', 'The chant "Ride With Ruth" became a brand of its own.', []],
  // Title Case is no title when the quote goes on with an attributed speech
  ['a capitalized sentence after an attribution sentence', '"It is a stain on the state," Roe added. "We\'re Ohio."', ['It is a stain on the state,', "We're Ohio."]],
  ['an abbreviation inside the attribution sentence ends nothing', '"It is a stain on the state," said Sen. Roe. "We\'re Ohio."', ['It is a stain on the state,', "We're Ohio."]],
  ['a capitalized sentence after a sentence with no speech verb stays a title', 'The band played for an hour. "Dancing On The Pier."', []],
  // a lone closing mark opening a paragraph
  ['after closed quotes, a paragraph reporting speech ends in a stray mark', '"It looks like a virtual tie," Roe said.\n\nRoe said she barely trailed with most precincts reporting. (See the latest results here.)"', ['It looks like a virtual tie,']],
  ['after closed quotes, a paragraph with no speech verb is a quote whose reopening mark was left out', '"We are thrilled to have her host the show," said Brandt and Kessel.\n\nShe is beloved everywhere and we expect the audience will be as excited by this news as we are."', ['We are thrilled to have her host the show,', 'She is beloved everywhere and we expect the audience will be as excited by this news as we are.']],
  // chrome inside marks
  ['a follow plea inside marks', '"Follow Nora Quint on Twitter @noraquintNews."', []],
  ['speech that mentions following on a platform', '"Follow the money and you will find the answer on Twitter," Roe said.', ['Follow the money and you will find the answer on Twitter,']],
];

for (const [rule, para, want] of cases) {
  test(`non-speech quotes: ${rule}`, () => {
    assert.deepEqual(texts(para), want);
  });
}
