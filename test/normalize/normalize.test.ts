import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { caseName, findBylineAuthors, findDateline, findPublished } from "../../src/normalize/meta.js";
import { measureLine } from "../../src/normalize/lines.js";
import { ruleFor } from "../../src/normalize/rules.js";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fixtureText, ROOT } from "../helpers.js";

const english = { english: true };
const reasonFor = (text: string) => ruleFor(measureLine(text, 1), english)?.reason ?? null;

describe("line rules on real page lines", () => {
  it.each([
    ["Home > National > Defense", "breadcrumb"],
    ["print dictionary print", "menu or widget words"],
    ["Send to", "menu or widget words"],
    ["기사 이미지 확대 보기", "non-English page text"],
    ["Log in to Twitter or Facebook account to connect", "comment box, log-in or policy text"],
    ["To write comments, please log in to one of the accounts.", "comment box, log-in or policy text"],
    ["34 responses to “ Anthony Lynn: “We needed to win this game” ”", "comment section heading"],
    ["There are 13 comments", "comment section heading"],
    ["Most Read Most Shared", "related-stories heading"],
    ["TRENDING NOWON NYPOST.COM", "related-stories heading"],
    ["This story has been shared 44,976 times.", "comment box, log-in or policy text"],
    ["Filed under afghanistan , hostages , middle east , prisoners , taliban", "comment box, log-in or policy text"],
    ["From Wikipedia, the free encyclopedia", "comment box, log-in or policy text"],
    ["Jump to navigation Jump to search", "menu or widget words"],
    ["©News Group Newspapers Limited in England No. 679215 Registered office: 1 London Bridge Street, London, SE1 9GF. \"The Sun\", \"Sun\", \"Sun Online\" are registered trademarks or trade names of News Group Newspapers Limited. This service is provided on News Group Newspapers' Limited's Standard Terms and ", "copyright notice"],
    [
      "Most stock quote data provided by BATS. Market indices are shown in real time, except for the DJIA, which is delayed by two minutes. All times are ET. Disclaimer. Morningstar: Copyright 2018 Morningstar, Inc. All Rights Reserved. Factset: FactSet Research Systems Inc.2018. All rights reserved. Chicago Mercantile Association: Certain market data is the property of Chicago Mercantile Exchange Inc. and its licensors. All rights reserved.",
      "copyright notice",
    ],
    ["Explore further", "related-stories heading"],
    ["Artigos relacionados", "related-stories heading"],
    ["The Jerusalem Post Customer Service Center can be contacted with any questions or requests: Telephone: *2421 * Extension 4 Jerusalem Post or 03-7619056 Fax: 03-5613699E-mail: subs@jpost.com The center is staffed and provides answers on Sundays through Thursdays between 07:00 and 14:00 and Fridays only handles distribution requests between 7:00 and 13:00 For international customers: The center is staffed and provides answers on Sundays through Thursdays between 7AM and 6PM Toll Free number in Israel only 1-800-574-574 Telephone +972-3-761-9056 Fax: 972-3-561-3699 E-mail: subs@jpost.com", "contact details"],
    ["thelastchargersfan says:", "comment author line"],
    ["SEE MORE: Hong Kong protests: 800 students under siege in university", "link to another story"],
    ["{* #forgotPasswordForm *} {* traditionalSignIn_emailAddress *}", "markup or template code"],
    ["BY ESTHER CHUNG [chung.juhee@joongang.co.kr]", "byline"],
    ["Associated Press November 19, 2019, 9:02 AM", "date or time stamp"],
    ["13 hours ago", "date or time stamp"],
  ])("%s → %s", (line, reason) => expect(reasonFor(line)).toBe(reason));

  it.each([
    "Foreign Minister Park Jin, right, and NATO Secretary General Jens Stoltenberg, shake hands in their meeting at the Foreign Ministry in Seoul on Sunday. [YONHAP]",
    "Prime Minister of New Zealand Christopher Luxon (From left, front row), South Korea's first lady Kim Keon Hee are seen during a dinner in Washington on Wednesday. (Yonhap)",
    "Spain's Rafael Nadal celebrates a point against Russia's Karen Khachanov during their Davis Cup tennis match in Madrid, Spain, Tuesday, Nov. 19, 2019. (Manu Fernandez/AP)",
    "China has warned they will cease control of Hong Kong (Image: GETTY )",
    // A browser copies the credit run on to the caption's last sentence.
    "The WeWork logo is displayed outside of a co-working space in New York.Reuters",
    "The road to retiring early isn't easy.Kathrin Ziegler/Getty",
  ])("drops the photo caption %#", (line) => expect(reasonFor(line)).toBe("photo caption with a credit"));

  it.each([
    "Kishida emphasized inseparable nature of security in both the Atlantic and Indo-Pacific regions.",
    "He declined to comment.",
    "US FALLS",
    "\"I almost died there,\" Bublik said, jokingly.",
    // A name or a pronoun that introduces the quotation in the next paragraph (PolNeAR train), not a commenter's handle.
    "Reporter Jomana Karadsheh says:",
    "He said:",
    "Hewitt writes:",
    // An entry of a list, who did what on a date (PolNeAR train), not a time stamp.
    "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015",
  ])("keeps the article line %s", (line) => expect(reasonFor(line)).toBeNull());
});

describe("metadata finders", () => {
  it("reads the posted time, not the updated one", () => {
    expect(findPublished("By Park Sae-jin Posted : July 11, 2024, 14:47 Updated : July 11, 2024, 15:07")).toBe("2024-07-11T14:47");
    expect(findPublished("Published November 20th, 2019 - 07:29 GMT")).toBe("2019-11-20T07:29");
    expect(findPublished("Associated Press November 19, 2019, 9:02 AM")).toBe("2019-11-19T09:02");
  });
  it("reads authors from bylines of every shape", () => {
    expect(findBylineAuthors("By Park Sae-jin Posted : July 11, 2024, 14:47")).toEqual(["Park Sae-jin"]);
    expect(findBylineAuthors("July 11, 2024 - 14:48 By Son Ji-hyoung")).toEqual(["Son Ji-hyoung"]);
    expect(findBylineAuthors("BY ESTHER CHUNG [chung.juhee@joongang.co.kr]")).toEqual(["Esther Chung"]);
  });
  it("title-cases capitalised names, Korean given names with a lower-case second syllable", () => {
    expect(caseName("SEO JI-EUN")).toBe("Seo Ji-eun");
    expect(caseName("JEAN-PAUL SARTRE")).toBe("Jean-Paul Sartre");
  });
  it("finds datelines", () => {
    expect(findDateline("SEOUL, July 11 (AJU PRESS) - South Korean President Yoon Suk Yeol met")?.place).toBe("SEOUL");
    expect(findDateline("MADRID — Rafael Nadal kept Spain’s hopes alive")?.place).toBe("MADRID");
    expect(findDateline("Korea was invited to the summit as one of four Indo Pacific partners")).toBeNull();
  });
});

describe("normalize() on the seed articles", () => {
  it("keeps metadata and drops byline, caption and Korean UI of seed 000", () => {
    const a = normalize(fixtureText("000"));
    expect(a.meta).toMatchObject({
      title: "Yoon, Kishida voice concerns over N. Korea-Russia military ties at NATO summit",
      authors: ["Park Sae-jin"],
      published: "2024-07-11T14:47",
      dateline: "SEOUL",
      language: "en",
    });
    expect(a.text.startsWith("SEOUL, July 11 (AJU PRESS) - South Korean President")).toBe(true);
    expect(a.text).not.toMatch(/Yonhap|기사|닫기|Updated/);
    expect(a.text).toContain("note with great concern the deepening ties\" between North Korea and Russia.");
  });
  it("removes a stray UI word inside a sentence of seed 001 and keeps all ten paragraphs", () => {
    const a = normalize(fixtureText("001"));
    expect(a.text).toContain("New Zealand, shared his concerns");
    expect(a.text.split("\n\n")).toHaveLength(10);
    expect(a.meta.title).toBeNull();
  });
  it("finds the headline under a widget line, and the deck, in seed 002", () => {
    const a = normalize(fixtureText("002"));
    expect(a.meta.title).toBe("NATO slams NK-Russia arms trade as Yoon moves to bolster security cooperation");
    expect(a.meta.subtitle).toMatch(/^Seoul unlikely to announce/);
    expect(a.meta.authors).toEqual(["Son Ji-hyoung"]);
    expect(a.text).not.toContain("(Yonhap)");
  });
  it("drops the comment box after the closing byline of seed 003, and the repeated caption", () => {
    const a = normalize(fixtureText("003"));
    expect(a.meta.authors).toEqual(["Esther Chung"]);
    expect(a.text).not.toMatch(/Log in|JoongAng Daily|lock icon|Standards Board|\[YONHAP\]/);
    expect(a.text.endsWith("is expected to meet with Yoon on Tuesday.")).toBe(true);
    const reasons = a.dropped.map((d) => d.reason);
    expect(reasons).toContain("breadcrumb");
    expect(reasons).toContain("photo caption with a credit");
  });
  it("takes the bulleted reporter name in seed 004 as the author, once", () => {
    expect(normalize(fixtureText("004")).meta.authors).toEqual(["Seo Ji-eun"]);
  });
});

describe("normalize() keeps every article sentence of clean text", () => {
  it("does not read a sentence with 'by' as a byline (BBC business)", () => {
    const first = "Thailand has become the first of the 10 southern Asian nations battered by giant waves at the weekend to cut its economic forecast.";
    expect(findBylineAuthors(first)).toEqual([]);
    const a = normalize(`Asia shares defy post-quake gloom\n\n${first}\n\nThe full economic costs of the disaster remain unclear.`);
    expect(a.meta.authors).toEqual([]);
    expect(a.text.startsWith(first)).toBe(true);
  });
  it("keeps a paragraph that reports on comments, advertising or cookies", () => {
    for (const line of [
      "Kraft plans to cut back on advertising of products like Oreo cookies and sugary Kool-Aid drinks as part of an effort to promote healthy eating.",
      "But the Scottish Executive has insisted Mr McConnell was speaking about adults and his comments were \"a recognition that people will get drunk\".",
    ])
      expect(reasonFor(line)).toBeNull();
  });
  it("keeps a headline plus two sentences", () => {
    const a = normalize("Peru's guerrillas kill one, take 8 hostage in jungle\n\nPeruvian guerrillas killed one man.\nThey took eight people hostage.");
    expect(a.meta.title).toBe("Peru's guerrillas kill one, take 8 hostage in jungle");
    expect(a.text).toBe("Peruvian guerrillas killed one man.\n\nThey took eight people hostage.");
  });
  it("reads Reuters wire copy: headline, byline name, dateline, and keeps every line", () => {
    const wire = [
      "Two Iranian opposition leaders meet in Baghdad.",
      "",
      "Hassan Hafidh",
      "BAGHDAD 1996-08-22",
      "An Iranian exile group based in Iraq vowed on Thursday to extend support to Iran's Kurdish rebels.",
      "By Wednesday, the whereabouts of the eight hostages was still not known, the sources said.",
      "A U.S.-led air force in southern Turkey protects Iraqi Kurds from possible attacks by Baghdad troops.",
    ].join("\n");
    const a = normalize(wire);
    expect(a.meta).toMatchObject({ title: "Two Iranian opposition leaders meet in Baghdad.", authors: ["Hassan Hafidh"], published: "1996-08-22", dateline: "BAGHDAD" });
    expect(a.text.split("\n\n")).toHaveLength(3);
    expect(a.dropped.map((d) => d.reason)).toEqual(["headline", "byline", "dateline"]);
  });
  it("keeps results tables and squad lists of wire sports copy", () => {
    const table = [
      "SOCCER - RESULTS OF SOUTH KOREAN PRO-SOCCER GAMES.",
      "",
      "SEOUL 1996-08-30",
      "Results of South Korean pro-soccer",
      "games played on Thursday.",
      "Pohang 3 Ulsan 2 (halftime 1-0)",
      "W D L G / F G / A P",
      "Puchon 3 1 0 6 1 10",
      "Squad: Javier Pertile, Paolo Vaccari, Carlo Checchinato.",
      "2011 110,000",
    ].join("\n");
    const a = normalize(table);
    expect(a.text.split("\n\n")).toHaveLength(7);
    expect(a.meta.dateline).toBe("SEOUL");
  });
  it("reports a line it edited apart from the lines it dropped", () => {
    const a = normalize(fixtureText("001"));
    expect(a.edited.map((e) => e.reason)).toEqual(["non-English UI words removed"]);
    expect(a.edited[0]!.kept).toContain("New Zealand, shared his concerns");
    expect(a.dropped.some((d) => d.reason === "non-English UI words removed")).toBe(false);
  });
});

describe("normalize() on pages: context decides short lines", () => {
  const para = (s: string) => `${s} The tour was announced on Monday night at the close of a sold-out show in New York.`;
  const page = (body: string[]) =>
    ["Home", "Share", "Print", "Band to reunite for tour", "", ...body, "", "Facebook", "Twitter", "Privacy Policy"].join("\n");
  it("keeps the list a paragraph introduces with a colon", () => {
    const a = normalize(page([para("The band will reunite for a 30-date tour."), para("Tickets go on sale on Friday."), "Tour dates:", "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL"]));
    expect(a.text).toContain("June 10 -- MIDFLORIDA Credit Union Amphitheatre, Tampa, FL");
  });
  it("keeps a schedule under a heading after the last paragraph, its items one under the other", () => {
    const schedule = ["June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre", "June 10 – Tampa, FL @ MIDFLORIDA Credit Union Amphitheatre", "June 14 – Alpharetta, GA @ Ameris Bank Amphitheatre (Formerly Verizon Amphitheatre)", "June 17 – Nashville, TN @ Bridgestone Arena"];
    const a = normalize(page([para("The band will reunite for a 30-date tour."), "", para("The band’s current tour continues November 19th in Greenville, South Carolina."), "", "The Doobie Brothers Tour Dates", "", ...schedule]));
    expect(a.text).toContain("June 17 – Nashville, TN @ Bridgestone Arena");
  });
  it("keeps a last sentence full of names as prose, though it has few function words", () => {
    const results = ["6A: Wichita North's Miguel Bernal took home first in diving for the Redskins.", "", "Wichita West senior David Garcia finished second in the 50 yard freestyle.", "", "Wichita East's Hugh McPherson won first place in the 100 yard freestyle."];
    const a = normalize(page([para("Trinity Academy junior Ben Patton added to his collection of state titles."), "", ...results, "", "Previous Next", "Sponsored"]));
    expect(a.text).toContain("Wichita West senior David Garcia finished second in the 50 yard freestyle.");
  });
  it("keeps short lines between paragraphs, repeated ones too, when no furniture stands among them", () => {
    const plan = ["Meal 1", "Snack time", "Portion Fix Containers: 1 Purple", "Meal 2", "Snack time", "Portion Fix Containers: 1 Purple", "Meal 3", "Snack time"];
    const a = normalize(page([para("This meal plan works for both programmes."), ...plan, para("Now get prepping.")]));
    expect(a.text.match(/Portion Fix Containers: 1 Purple/g)).toHaveLength(2);
    expect(a.text.match(/Snack time/g)).toHaveLength(3);
  });
  it("keeps a repeated list item whose words are mostly numbers and abbreviations, and a repeated list of quantities; a repeated caption goes", () => {
    const recipe = "Asparagus and Eggs [1 cup asparagus, 2 soft-boiled or poached eggs, ½ cup sweet potato (or 1 slice whole-grain toast), 1 tsp. olive oil for potatoes (or 1 tsp. grass-fed butter for toast]";
    const plan = normalize(page([para("This meal plan works for both programmes."), "Eating Plan A", recipe, "Eating Plan B", recipe, para("Now get prepping.")]));
    expect(plan.text.split(recipe)).toHaveLength(3);
    const item = "Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange, 1 tsp.";
    const caption = "U.S. Defense Secretary Mark Esper, left, and Vietnamese Defense Minister Ngo Xuan Lich shake hands in Hanoi, Vietnam Wednesday, Nov. 20, 2019.";
    const a = normalize(page([para("This meal plan works for both programmes."), "Breakfast", item, caption, "Lunch", item, caption, para("Now get prepping.")]));
    expect(a.text.split(item)).toHaveLength(3);
    expect(a.text.split(caption)).toHaveLength(2);
  });
  it("takes 'Comments' in a share bar for a button, not the start of the comment section", () => {
    const a = normalize(["Facebook", "Twitter", "Comments", "Print", "", para("Home Depot reported third-quarter earnings that topped estimates."), para("Rival Lowe's was also lower.")].join("\n"));
    expect(a.text).toContain("Rival Lowe's was also lower.");
  });
  it("drops a related-stories heading", () => {
    expect(reasonFor("You may also like...")).toBe("related-stories heading");
    expect(reasonFor("32M ago")).toBe("date or time stamp");
  });
  it("reads related headings of other languages and blog sidebars (page dumps)", () => {
    for (const heading of ["Вам также может быть интересно", "Top Posts & Halaman", "Blog Stats", "関連記事", "Lesen Sie auch", "Leia também"])
      expect([heading, ruleFor(measureLine(heading, 1), { english: false })?.reason]).toEqual([heading, "related-stories heading"]);
  });
  it("drops a blog's archive by month", () => {
    const japanese = "月別 月を選択 2019年11月 2019年4月 2019年1月 2018年8月 2018年5月 2017年12月 2017年8月";
    expect(ruleFor(measureLine(japanese, 1), { english: false })?.reason).toBe("archive list");
    expect(reasonFor("Archives November 2019 October 2019 September 2019 August 2019")).toBe("archive list");
    expect(reasonFor("Sales rose 4% in November 2019 and again in March 2020, the company said.")).toBeNull();
  });
  it("ends the article at a related heading whose list of titles follows, and goes on after an inline box", () => {
    // A Russian page whose article is followed by "Вам также может быть интересно" and a list of titles.
    const russian = normalize(readFileSync(path.join(ROOT, "test/fixtures/page-shapes/c4a3637c6696.txt"), "utf8"));
    expect(russian.text).toContain("скорость меняется, поэтому каждый раз стоит обновлять.");
    expect(russian.text).not.toContain("Тарасун");
    const inline = ["Related articles", "Hong Kong uprising: Protestors send defiant warning to China", "Many of the protesters wear masks to shield their identities for protection."];
    const box = normalize(page([para("The band will reunite for a 30-date tour."), ...inline, para("Tickets go on sale on Friday.")]));
    expect(box.text).toContain("Many of the protesters wear masks");
    expect(box.text).toContain("Tickets go on sale on Friday.");
  });
});

describe("normalize(): tags, titles in angle brackets and copyright notices", () => {
  it("keeps a sentence with a title in angle brackets, and drops real markup", () => {
    expect(reasonFor("Visitors came to Jeongdong Theater to watch <The Palace: Tale of Jang Noksu> and loved it.")).toBeNull();
    expect(reasonFor('<div class="ad-slot"></div>')).toBe("markup or template code");
  });
  it("reads a copyright notice as the article's end: teasers after it are not article", () => {
    const para = (s: string) => `${s} The committee heard the testimony on Tuesday in a long public session.`;
    const page = ["Home", "Share", "", para("Volker said he had opposed the hold."), para("Morrison said he had concerns."), "© 2019 CBS Interactive Inc. All Rights Reserved.", "World", para("Why farmers may want to paint their cows with zebra stripes.")].join("\n");
    expect(normalize(page).text).not.toContain("zebra");
  });
});

describe("normalize(): an encyclopedia entry copied from the browser (bench/readability wikipedia-3)", () => {
  it("its short first line is the headline when the first paragraph names it; the tagline and jump links are furniture", () => {
    const page = [
      "Hermitian matrix",
      "From Wikipedia, the free encyclopedia",
      "Jump to navigation Jump to search",
      "For matrices with symmetry over the real number field, see symmetric matrix.",
      "",
      "In mathematics, a Hermitian matrix (or self-adjoint matrix) is a complex square matrix that is equal to its own conjugate transpose—that is, the element in the i-th row and j-th column is equal to the complex conjugate of the element in the j-th row and i-th column, for all indices i and j:",
      "",
      "Hermitian matrices can be understood as the complex extension of real symmetric matrices.",
      "",
      "Privacy policy",
      "About Wikipedia",
      "Disclaimers",
      "Contact Wikipedia",
      "Cookie statement",
      "Mobile view",
    ].join("\n");
    const a = normalize(page);
    expect(a.meta.title).toBe("Hermitian matrix");
    expect(a.text).not.toMatch(/free encyclopedia|Jump to/);
    expect(a.text).toContain("Hermitian matrices can be understood as the complex extension of real symmetric matrices.");
  });
});

describe("normalize(): a text of one line is the article, not a headline (Reuters-21578, outside bench/meetings)", () => {
  it("keeps 'Volkswagen AG <VOWG.F> said negotiations … have reached \"an advanced stage.\"' as article text", () => {
    const line = 'Volkswagen AG <VOWG.F> said negotiations with Toyota Motor Corp <TOYO.T> over a joint production accord have reached "an advanced stage."';
    const result = normalize(line);
    expect(result.meta.title).toBeNull();
    expect(result.text).toContain("an advanced stage");
  });
});
