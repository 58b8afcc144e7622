import { describe, expect, it } from "vitest";
import { extractDates } from "../../src/extract/dates/index.js";
import { parse } from "../../src/nlp/doc.js";

const THURSDAY_11_JULY_2024 = "2024-07-11";
const values = (text: string, referenceDate: string | null = THURSDAY_11_JULY_2024) =>
  extractDates({ doc: parse(text), referenceDate }).map((d) => [d.text, d.value]);

describe("dates resolved against the article's date", () => {
  it("puts a past weekday before the article and a future one after it", () => {
    expect(values("Yoon Suk Yeol met with Fumio Kishida in Washington on Wednesday (local time).")).toEqual([["Wednesday", "2024-07-10"]]);
    expect(values("Yoon will meet more leaders attending the summit Thursday.")).toEqual([["Thursday", "2024-07-11"]]);
    expect(values("Austin is expected to meet with Yoon on Tuesday.")).toEqual([["Tuesday", "2024-07-16"]]);
  });
  it("reads the tense of the verb that governs the date, not of the whole sentence", () => {
    // AP copy from TimeBank (article of Friday 7 January 2000).
    expect(values("Cuban exiles in Miami will now proceed with all their resources, Cuba predicted Wednesday.", "2000-01-07")).toEqual([["Wednesday", "2000-01-05"]]);
    expect(values("The team planned to leave Nairobi on Thursday for Dar es Salaam.", "1998-09-30")).toEqual([["Thursday", "1998-10-01"]]);
    expect(values("The INS ruled Wednesday that he must be returned to his father in Cuba by Jan. 14.", "2000-01-07")).toEqual([
      ["Wednesday", "2000-01-05"],
      ["Jan. 14", "2000-01-14"],
    ]);
  });
  it("reads quarters of the year, and does not take 'now' for a calendar date", () => {
    expect(values("Net income rose 12% in the third quarter, the company said now.", "1989-10-26")).toEqual([["third quarter", "1989-Q3"]]);
    expect(values("Fourth-quarter 1988 results were weaker.", "1989-10-26")).toEqual([["Fourth-quarter 1988", "1988-Q4"]]);
  });
  it("reads a yearless month by tense: June in a July article, and last December", () => {
    expect(values("NATO expressed concern about the pact signed in June.")).toEqual([["June", "2024-06"]]);
    expect(values("The White House confirmed last December that arms were sent.")).toEqual([["last December", "2023-12"]]);
    expect(values("The leaders met in June.", "2025-01-15")).toEqual([["June", "2024-06"]]);
  });
  it("reads months with years, full dates, years, decades, seasons and weeks", () => {
    expect(values("since his inauguration in May 2022, and third since 1948")).toEqual([["May 2022", "2022-05"], ["1948", "1948"]]);
    expect(values("Published November 20th, 2019 after the 1990s boom")).toEqual([["November 20th, 2019", "2019-11-20"], ["the 1990s", "199"]]);
    expect(values("reminiscent of last summer's summit at Camp David")).toEqual([["last summer", "2023-SU"]]);
    expect(values("leaders attending the NATO summit this week")).toEqual([["this week", "2024-W28"]]);
  });
  it("keeps unknown parts unknown without a reference date", () => {
    expect(values("Putin and Kim Jong-un's summit in Pyongyang on June 19.", null)).toEqual([["June 19", "XXXX-06-19"]]);
    expect(values("the joint declaration announced Wednesday (local time).", null)).toEqual([["Wednesday", "XXXX-WXX-3"]]);
    expect(values("North Korea launched missiles last year.", null)).toEqual([]);
  });
  it("does not take durations, counts, times or codes for dates", () => {
    expect(values("two years and two months into his five-year term; talks lasted about 35 minutes")).toEqual([]);
    expect(values("Yoon's meeting came about a month after Putin visited.")).toEqual([]);
    expect(values("The United States, ROK, and Japan condemn the launch of over 90 ballistic missiles under Article 51.")).toEqual([]);
    expect(values("a $2.3 billion aid package and 3,500 troops")).toEqual([]);
  });
});

describe("dates a careful reader agrees with (shapes from BBC, Reuters and TimeBank text)", () => {
  it("never turns a length of time into a date, with or without the article's date", () => {
    expect(values("Fulham's Collins John came on after 90 minutes and ran for two days of training.", null)).toEqual([]);
    expect(values("He won the 100m in 13.24 seconds using 2048-bit keys.", "1996-08-23")).toEqual([]);
  });
  it("leaves a weekday and a yearless day unresolved without the article's date", () => {
    expect(values("The talks ended on Friday and resume on 23 March.", null)).toEqual([
      ["Friday", "XXXX-WXX-5"],
      ["23 March", "XXXX-03-23"],
    ]);
  });
  it("reads an unmarked weekday of a past report as the most recent one", () => {
    // Reuters sports copy of Sunday 25 August 1996.
    expect(values("Smith came out of Wednesday's game with a sore knee.", "1996-08-25")).toEqual([["Wednesday", "1996-08-21"]]);
    expect(values("Neither he nor his grandparents could be located Wednesday in Cardenas.", "2000-01-06")).toEqual([["Wednesday", "2000-01-05"]]);
  });
  it("reads 'since May 18' and 'came to power on June 28' in the past", () => {
    expect(values("The premier, in office since May 18, came to power on June 28.", "1996-08-28")).toEqual([
      ["May 18", "1996-05-18"],
      ["June 28", "1996-06-28"],
    ]);
  });
  it("reads 'last August' in August as the August before", () => {
    expect(values("The girl went missing last August.", "1996-08-27")).toEqual([["last August", "1995-08"]]);
  });
  it("reads the coming week, the fall, mid-1997, a year ago and the end of a range", () => {
    expect(values("Talks are planned for the coming week and in the fall.", "1996-08-26")).toEqual([
      ["the coming week", "1996-W36"],
      ["the fall", "1996-FA"],
    ]);
    expect(values("China resumes sovereignty over Hong Kong in mid-1997.", "1996-08-22")).toEqual([["1997", "1997"]]);
    expect(values("Profits were lower a year ago.", "1998-02-27")).toEqual([["a year ago", "1997"]]);
    expect(values("Tsang will visit Indonesia from August 25 to 31.", "1996-08-23").map(([, v]) => v)).toEqual(["1996-08-25", "1996-08-31"]);
  });
  it("reads a year of long ago after a word that takes one", () => {
    expect(values("The first European settlers arrived in 1652.", "1996-08-30")).toEqual([["1652", "1652"]]);
  });
});

describe("a length of time after a date", () => {
  it("leaves it out of the date's text and value (BBC entertainment copy)", () => {
    expect(values("The festival runs from 22 February - five days of films.", null)).toEqual([["22 February", "XXXX-02-22"]]);
  });
});

// Sentences from the TempEval-3 training news (TimeBank, AQUAINT), the set these rules were developed on.
describe("dates in financial reports and wire copy", () => {
  it("gives 'the quarter', 'a year earlier' and 'the 1989 period' the value of the quarter last named", () => {
    const text =
      "The company reported a net loss of $8.1 million, or $2.14 a share, for the third quarter ended Sept. 30. " +
      "These results compare with net income of $1.8 million, or 44 cents a share, for the corresponding period last year. " +
      "This quarter's loss includes pretax charges of $4.9 million. Sales fell 5% from a year earlier. In the 1989 period also, interest expense was lower.";
    expect(values(text, "1989-11-01")).toEqual([
      ["third quarter", "1989-Q3"],
      ["Sept. 30", "1989-09-30"],
      ["the corresponding period last year", "1988-Q3"],
      ["This quarter", "1989-Q3"],
      ["a year earlier", "1988-Q3"],
      ["the 1989 period", "1989-Q3"],
    ]);
  });
  it("compares with a year before only a quarter whose results are in, not one still to come (TimeBank WSJ copy)", () => {
    const text =
      "Net income fell 59% in the third quarter. The earthquake last month will result in a fourth-quarter charge of less than $10 million. " +
      "Earnings fell 59% in the latest quarter, compared with earnings of $6.1 million a year ago. " +
      "Analysts think steelmakers will report losses through the third quarter of 1990. In the year-ago period, Bethlehem earned $101.4 million.";
    expect(values(text, "1989-11-02")).toEqual([
      ["third quarter", "1989-Q3"],
      ["last month", "1989-10"],
      ["fourth-quarter", "1989-Q4"],
      ["the latest quarter", "1989-Q3"],
      ["a year ago", "1988-Q3"],
      ["third quarter of 1990", "1990-Q3"],
      ["the year-ago period", "1988-Q3"],
    ]);
  });
  it("compares with the latest quarter that has ended, not one mentioned in passing (TimeBank WSJ copy)", () => {
    const text =
      "Kimberly-Clark posted a 20% gain in third-quarter net income. After a flat second quarter tied to lower newsprint earnings, " +
      "the company attributed the gain to higher prices. The comparison was also enhanced by charges taken in the year-earlier period. " +
      "In the 1989 period also, interest expense was lower.";
    expect(values(text, "1989-11-01")).toEqual([
      ["third-quarter", "1989-Q3"],
      ["second quarter", "1989-Q2"],
      ["the year-earlier period", "1988-Q3"],
      ["the 1989 period", "1989-Q3"],
    ]);
  });
  it("compares with the year before, not a quarter, after a run of months ('In the first nine months … in the 1988 period')", () => {
    const text =
      "Travelers's third-quarter net income rose 11%. In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period. " +
      "The year-ago results included a charge. Net for the nine months rose from $4.1 million a year earlier.";
    expect(values(text, "1989-11-02")).toEqual([
      ["third-quarter", "1989-Q3"],
      ["the 1988 period", "1988"],
      ["year-ago", "1988"],
      ["a year earlier", "1988"],
    ]);
  });
  it("leaves 'the period' alone, and 'a year ago' a year, where no quarter is in view", () => {
    expect(values("Prices rose sharply during the period, and are higher than a year ago.", "1989-11-01")).toEqual([["a year ago", "1988"]]);
  });
  it("reads quarters named with their year in front", () => {
    expect(values("Net sales for this year's third quarter were $14 million; the 1988 second quarter was weaker.", "1989-11-01")).toEqual([
      ["this year's third quarter", "1989-Q3"],
      ["the 1988 second quarter", "1988-Q2"],
    ]);
  });
  it("reads years spoken in broadcast transcripts", () => {
    expect(values("The treaty was signed in January nineteen ninety-seven, and will run until the year two thousand.", "1998-02-27")).toEqual([
      ["January nineteen ninety-seven", "1997-01"],
      ["the year two thousand", "2000"],
    ]);
    expect(values("Two thousand people marched.", "1998-02-27")).toEqual([]);
  });
  it("splits a range into its two dates", () => {
    expect(values("It now holds 1,384,119 shares, including 100,000 shares bought from Aug. 26 to Oct. 20 for $23.31 to $24.25 a share.", "1989-10-30")).toEqual([
      ["Aug. 26", "1989-08-26"],
      ["Oct. 20", "1989-10-20"],
    ]);
    expect(values("Crane holds 504,200 shares, including 254,200 bought from Sept. 14 to Thursday for $15.50 each.", "1989-10-30")).toEqual([
      ["Sept. 14", "1989-09-14"],
      ["Thursday", "1989-10-26"],
    ]);
    expect(values("The funds saw little change in their sales picture this year through August.", "1989-10-27")).toEqual([
      ["this year", "1989"],
      ["August", "1989-08"],
    ]);
  });
  it("reads 'the current fiscal year' whatever follows it", () => {
    expect(values("It expects to post sales in the current fiscal year that are slightly above.", "1989-11-02")).toEqual([["the current fiscal year", "1989"]]);
  });
  it("reads half years named with their year, and 'the week of March 6'", () => {
    expect(values("It will mean lower earnings for the last half of 1989 and through at least the first two quarters of 1990.", "1989-10-26")).toEqual([
      ["the last half of 1989", "1989-H2"],
      ["the first two quarters of 1990", "1990-H1"],
    ]);
    expect(values("Arsenal led after the first half.", "1989-10-26")).toEqual([]);
    expect(values("The case may be resolved in a court hearing the week of March 6.", "2000-02-24")).toEqual([["the week of March 6", "2000-W10"]]);
  });
  it("gives 'the quarter ended July 31' the calendar quarter holding most of it, unless a quarter was just named", () => {
    expect(values("In the quarter ended July 31, Jayark had an average of 5.6 million shares outstanding.", "1989-10-30")).toEqual([
      ["the quarter", "1989-Q2"],
      ["July 31", "1989-07-31"],
    ]);
    expect(values("Sun earned $5.2 million in the fiscal first quarter. It reported sales of $538.5 million for the quarter ended Sept. 29.", "1989-10-26")).toEqual([
      ["first quarter", "1989-Q1"],
      ["the quarter", "1989-Q1"],
      ["Sept. 29", "1989-09-29"],
    ]);
  });
  it("does not read stock fractions or 'Sun Microsystems' as days", () => {
    expect(values("Sun Microsystems Inc. rose 3 7/8 to 41 1/2.", "1989-10-30")).toEqual([]);
    expect(values("Sun, Hewlett-Packard and others said the bugs would not delay their machines.", "1989-10-27")).toEqual([]);
  });
  it("gives a weekend the week's weekend value", () => {
    expect(values("Clashes broke out at the weekend.", "1996-08-20")).toEqual([["weekend", "1996-W33-WE"]]);
  });
  it("reads an infinitive of purpose after a past verb as past, and one of intention as ahead", () => {
    expect(values("The Hungarian government staged a number of celebrations to mark the country's entry into NATO on Friday.", "1999-03-13")).toEqual([["Friday", "1999-03-12"]]);
    expect(values("Two rival bidders extended their offers to acquire the Toronto-based vaccine manufacturer Friday.", "1989-10-30")).toEqual([["Friday", "1989-10-27"]]);
    expect(values("The U.S. attorney in Buffalo has scheduled a news conference Thursday to announce a major development.", "1999-05-05")).toEqual([["Thursday", "1999-05-06"]]);
  });
  it("adds TimeML's vague references only when asked", () => {
    const text = "Iraq was ready to withdraw. Now, he says, it looks like war, and the talks recently stalled in the near future.";
    expect(extractDates({ doc: parse(text), referenceDate: "1991-02-25" })).toEqual([]);
    expect(extractDates({ doc: parse(text), referenceDate: "1991-02-25", style: "timeml" }).map((d) => [d.text, d.value, d.granularity])).toEqual([
      ["Now", "PRESENT_REF", "reference"],
      ["recently", "PAST_REF", "reference"],
      ["the near future", "FUTURE_REF", "reference"],
    ]);
  });
  it("gives a day its clock time only when asked for TimeML's dates, and reads a deadline 'until' as ahead", () => {
    const text = "INS extended its deadline until 9 a.m. EST Tuesday. The father will leave at 4 in the morning (4 a.m. EDT Thursday).";
    expect(values(text, "2000-04-03")).toEqual([
      ["Tuesday", "2000-04-04"],
      ["Thursday", "2000-04-06"],
    ]);
    expect(extractDates({ doc: parse(text), referenceDate: "2000-04-03", style: "timeml" }).map((d) => [d.text, d.value, d.granularity])).toEqual([
      ["9 a.m. EST Tuesday", "2000-04-04T09:00", "time"],
      ["4 a.m. EDT Thursday", "2000-04-06T04:00", "time"],
    ]);
  });
});

// TempEval-3 training news (TimeBank, AQUAINT).
describe("months and tense in wire copy", () => {
  it("'last May', 'this September': the month before, or in, the article's year", () => {
    expect(values("A major dispute concerns a treaty which the two presidents signed last May.", "1998-02-27")).toEqual([["last May", "1997-05"]]);
    expect(values("With the general election due this September, record figures could not have come at a worse time.", "1998-02-05")).toEqual([["this September", "1998-09"]]);
  });
  it("reads a past verb after 'that' and a present passive", () => {
    expect(values("Officials confirmed that Kopp is a suspect in sniper shootings that injured abortion doctors in November.", "1999-05-06")).toEqual([["November", "1998-11"]]);
    expect(values("The relatives may lose a fight when the case is heard in May in the Court of Appeals.", "2000-03-29")).toEqual([["May", "2000-05"]]);
    expect(values("Holders will receive $3,500 a share at closing, which is expected in December.", "1989-11-02")).toEqual([["December", "1989-12"]]);
  });
  it("reads a participle clause by the main verb: 'has fluctuated …, rising … in June from $29.75 in March'", () => {
    expect(values("The stock has fluctuated sharply, rising to a high for the year of $42.875 a share in June from $29.75 in March.", "1989-11-01")).toEqual([
      ["June", "1989-06"],
      ["March", "1989-03"],
    ]);
  });
  it("looks ahead after 'effective', 'payable', 'as soon as' and a deferral 'until'", () => {
    expect(values("U.S. Trust also created a four-member office of the chairman, effective Feb. 1.", "1989-11-01")).toEqual([["Feb. 1", "1990-02-01"]]);
    expect(values("Oneida Ltd. declared a 10% stock dividend, payable Dec. 15.", "1989-10-02")).toEqual([["Dec. 15", "1989-12-15"]]);
    expect(values("U.S. immigration officials postponed until Tuesday morning any action on the boy's status.", "2000-03-30")).toEqual([["Tuesday morning", "2000-04-04"]]);
    expect(values("The group would be ready to leave as soon as Tuesday, Castro said.", "2000-04-03")).toEqual([["Tuesday", "2000-04-04"]]);
    expect(values("The embassy remained closed until Tuesday.", "2000-04-03")).toEqual([["Tuesday", "2000-03-28"]]);
    expect(values("The government gave Merieux until mid-November to submit additional information.", "1989-10-30")).toEqual([["November", "1989-11"]]);
    expect(values("A group of lenders has extended Control Data $90 million in revolving loans through January.", "1989-10-30")).toEqual([["January", "1990-01"]]);
  });
  it("reads 'last Thursday' in a clause that looks ahead, and 'last Monday' on a Monday, as the past week's", () => {
    expect(values("Connaught said it would extend its bid, due to expire last Thursday, to Nov. 6.", "1989-10-30")).toEqual([
      ["last Thursday", "1989-10-26"],
      ["Nov. 6", "1989-11-06"],
    ]);
    expect(values("Automatic Data will issue about 3.6 million shares; last Monday, the company had nearly 73 million shares outstanding.", "1989-10-30")).toEqual([["last Monday", "1989-10-23"]]);
  });
  it("skips the particle of a phrasal verb, and reads 'was planned for' as ahead", () => {
    expect(values("Navigation Mixte is being traded in London and is to resume trading in Paris Tuesday.", "1989-10-27")).toEqual([["Tuesday", "1989-10-31"]]);
    expect(values("The official said that the accession was planned for early March.", "1999-02-10")).toEqual([["March", "1999-03"]]);
  });
  it("reads 'June last year' and 'April next year' as one month, and 'by year-end' as the year's last day", () => {
    expect(values("But in June last year, the remaining leadership had a falling out. They will join in April next year.", "1998-02-19")).toEqual([
      ["June last year", "1997-06"],
      ["April next year", "1999-04"],
    ]);
    expect(values("It expects to complete the transaction by year-end. The percentage change is since year-end. Year-end results were weak.", "1989-11-02")).toEqual([
      ["year-end", "1989-12-31"],
      ["year-end", "1988-12-31"],
    ]);
  });
  it("does not read a procession, 'a weekend of …' or 'the quarter-to-quarter comparison' as dates", () => {
    expect(values("Protesters joined the annual March for Life, led by the March of the Combatant Mothers.", "1999-01-22")).toEqual([]);
    expect(values("After a weekend of bitter accusations, the talks resumed. The quarter-to-quarter comparison was also enhanced.", "2000-04-17")).toEqual([]);
    expect(values("It remains under a June agreement, and was sold in March of the following year.", "1989-10-27")).toEqual([
      ["June", "1989-06"],
      ["March", "1989-03"],
      ["the following year", "1990"],
    ]);
  });
  it("does not read a programme's name or a lower-case 'may' as a date", () => {
    expect(values('Secretary of State James Baker, speaking on ABC News\' "This Week," said the request helps. This is VOA Today.', "1990-08-13")).toEqual([]);
    expect(values("You may, in a year or two, save a few more lives.", "1998-03-31")).toEqual([]);
    expect(values("Today, the talks resume.", "1990-08-13")).toEqual([["Today", "1990-08-13"]]);
  });
  it("does not end a sentence at 'vs.', so the date keeps its verb (AQUAINT copy)", () => {
    const text = "In January, a week after the 25th anniversary of the Roe vs. Wade decision, a clinic bombing in Birmingham killed a security guard.";
    expect(parse(text).sentences).toHaveLength(1);
    expect(values(text, "1998-10-25")).toEqual([["January", "1998-01"]]);
  });
  it("keeps the date after a part of the day: 'on the night of Oct. 23'", () => {
    expect(values("Slepian was shot to death on the night of Oct. 23 as he stood in the kitchen of his home.", "1999-05-05")).toEqual([["Oct. 23", "1998-10-23"]]);
  });
  it("reads the month under way as this year's, whatever the tense", () => {
    expect(values("Retail sales rose sharply in November, traders said.", "1989-11-20")).toEqual([["November", "1989-11"]]);
    expect(values("The results will be published in November.", "1989-11-20")).toEqual([["November", "1989-11"]]);
  });
});

describe("the year of an earnings report", () => {
  it("'for the full year', 'earlier in the year' are the article's year; 'the year before' is not (TimeBank WSJ copy)", () => {
    expect(values("Net income for the full year rose 12%, and sales fell earlier in the year.", "1989-11-01")).toEqual([
      ["the full year", "1989"],
      ["the year", "1989"],
    ]);
    expect(values("Net income rose to $300 million, up from $250 million the year before.", "1989-11-01")).toEqual([]);
  });
});

describe("seasons without a year", () => {
  it("'the early summer', 'this past spring', 'the winter of nineteen ninety-four' (TimeBank copy); 'fall' alone is the verb", () => {
    expect(values("Sales slowed in the early summer, after a strong showing this past spring.", "1989-11-01")).toEqual([
      ["the early summer", "1989-SU"],
      ["this past spring", "1989-SP"],
    ]);
    expect(values("It happened in the winter of nineteen ninety-four.", "1998-02-23")).toEqual([["the winter of nineteen ninety-four", "1994-WI"]]);
    expect(values("Prices are expected to fall further since the fall of the communist government.", "1998-02-23")).toEqual([]);
  });
});

describe("holidays", () => {
  it("the occurrence nearest the article, or the one before or after with 'last' or 'next' (AQUAINT copy)", () => {
    expect(values("The boy was rescued at sea on Thanksgiving Day.", "2000-01-07")).toEqual([["Thanksgiving Day", "1999-11-25"]]);
    expect(values("Voters in New York go to the polls on Election Day.", "1998-10-26")).toEqual([["Election Day", "1998-11-03"]]);
    expect(values("Pilgrims crowded Jerusalem during Easter week.", "2000-04-17")).toEqual([["Easter week", "2000-W16"]]);
    expect(values("Sales were weaker than last Christmas.", "1998-12-20")).toEqual([["last Christmas", "1997-12-25"]]);
  });
});

describe("centuries and prefixed years", () => {
  it("'the 20th century', 'the fabled 11th century temple', 'the post-1959 politics' (TimeBank and AQUAINT copy)", () => {
    expect(values("She is a 20th century democrat; the mines lie near the fabled 11th century temple.", "1998-02-13")).toEqual([
      ["20th century", "19"],
      ["11th century", "10"],
    ]);
    expect(values("The post-1959 politics have managed to split thousands of families.", "2000-02-24")).toEqual([["1959", "1959"]]);
    expect(values("The film was made by 20th Century Fox.", "2005-02-24")).toEqual([]);
  });
});

describe("decades in words", () => {
  it("'the '80s', 'the nineties': the decade of the article's century, or the one coming soon", () => {
    expect(values("Prices soared in the '80s and in the nineties.", "1998-02-23")).toEqual([
      ["the '80s", "198"],
      ["the nineties", "199"],
    ]);
    expect(values("Analysts expect the market to grow in the nineties.", "1989-10-30")).toEqual([["the nineties", "199"]]);
  });
});

describe("dates that point back at the last one named", () => {
  it("'the following year', 'later that year', 'the following month' step from the date before (TimeBank and AQUAINT copy)", () => {
    expect(values("On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed military attache.", "1998-04-18")).toEqual([
      ["May 22, 1995", "1995-05-22"],
      ["the following year", "1996"],
    ]);
    expect(values("He had fled to Florida in June 1998 and returned to Cuba later that year, only to be jailed.", "2000-01-28")).toEqual([
      ["June 1998", "1998-06"],
      ["later that year", "1998"],
    ]);
    expect(values("The board met in March 1989. The following month, the company put itself up for sale.", "1989-11-01")).toEqual([
      ["March 1989", "1989-03"],
      ["The following month", "1989-04"],
    ]);
  });
  it("leaves them alone with no date before them", () => {
    expect(values("Sales rose that year, the company said.", "1989-11-01")).toEqual([]);
  });
});

describe("'this week' in a Sunday's copy (Reuters train)", () => {
  it("a meeting to come 'this week', written on a Sunday, is in the week that starts the next day; one held is in the week that ends", () => {
    const SUNDAY_26_APRIL_1987 = "1987-04-26";
    expect(values("Reagan, who will hold talks with Japanese Prime Minister Yasuhiro Nakasone here this week, said he would lift tariffs.", SUNDAY_26_APRIL_1987)).toEqual([["this week", "1987-W18"]]);
    expect(values("Reagan held talks with Japanese officials this week.", SUNDAY_26_APRIL_1987)).toEqual([["this week", "1987-W17"]]);
  });
});
