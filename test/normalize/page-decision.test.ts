// The page-level decision on pages as a browser copies them: the article is the run of prose with
// its headline above it and its byline near it; menus, share rows, comment counters, cookie notices
// and legal footers are the page's, however long. The lines are real page lines (Mozilla
// Readability's test pages and the page benchmark, copied from Chromium), cut to the shape.
import { describe, expect, it } from "vitest";
import { normalize } from "../../src/normalize/index.js";
import { ruleFor } from "../../src/normalize/rules.js";
import { measureLine } from "../../src/normalize/lines.js";
import { findBylineAuthors, nameBeforeDate } from "../../src/normalize/meta.js";

// Three paragraphs of a real wire story, the article of every page below.
const ARTICLE = [
  "LONDON — After nearly 20 years of hostile relations, the American government plans to reverse its policy toward Sudan and lift trade sanctions, Obama administration officials said on Thursday.",
  "",
  "Sudan is one of the poorest, most isolated and most violent countries in Africa, and for years the United States has imposed punitive measures against it in a largely unsuccessful attempt to get the Sudanese government to stop killing its own people.",
  "",
  "On Friday, the Obama administration will announce a new Sudan strategy. For the first time since the 1990s, the nation will be able to trade and do business with the United States, allowing possibly billions of dollars of oil deals, investments and other trade.",
];
const reason = (text: string) => ruleFor(measureLine(text, 1), { english: true })?.reason ?? null;

describe("the headline is the line above the article that stands where headlines stand", () => {
  it("takes the line above the byline, not 'Skip to main content' or 'Continue reading the main story'", () => {
    const page = ["Skip to main content", "Site Mobile Navigation", "Supported by", "Africa", "United States to Lift Sudan Sanctions", "", "By JEFFREY GETTLEMAN JAN. 13, 2017", "", "Continue reading the main story Share This Page", "Continue reading the main story", "Share", "Tweet", "Email", "More", "Save", "Photo", ...ARTICLE];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe("United States to Lift Sudan Sanctions");
    expect(a.meta.authors).toEqual(["Jeffrey Gettleman"]);
    expect(a.text.startsWith("LONDON — After nearly 20 years")).toBe(true);
  });

  it("takes a question headline that opened the article's run, and drops the share buttons under it", () => {
    const headline = "Where do strained U.S.-Israeli relations go after Netanyahu’s victory?";
    const page = ["Sections", "The Washington Post", headline, "", "Sign In", "Username", "Subscribe", "Middle East", headline, "Share on Facebook", "Share via Email", "More Options", "Resize Text", "Print Article", "Comments", "", "By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson", "", ...ARTICLE];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe(headline);
    expect(a.meta.authors).toEqual(["Steven Mufson"]);
    expect(a.text).not.toContain("Resize Text");
    expect(a.text).toContain("On Friday, the Obama administration");
  });

  it("takes the headline over its standfirst, and a name alone under it as the byline, not other stories' authors", () => {
    const page = ["Skip to content", "Design", "Transportation", "The Moulin Rouge cabaret in Paris Benoit Tessier/Reuters", "Why Neon Is the Ultimate Symbol of the 20th Century", "From Las Vegas to Tokyo, neon lights have carried the dreams of a century of cities", "Sarah Archer", "1:39 PM ET", ...ARTICLE, "", "More from CityLab", "The Twists and Turns of Making a Neon Sign", "By Linda Poon", "Facebook", "Twitter"];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe("Why Neon Is the Ultimate Symbol of the 20th Century");
    expect(a.meta.subtitle).toBe("From Las Vegas to Tokyo, neon lights have carried the dreams of a century of cities");
    expect(a.meta.authors).toEqual(["Sarah Archer"]);
  });

  it("takes a name in capitals under the headline as the byline when a date follows it, even run into the agency's credit", () => {
    const headline = "Russia: Space ship malfunctions, breaks up over Siberia";
    const page = ["Terms", "Entering a modal", headline, "NATALIYA VASILYEVA", "Associated PressDecember 2, 2016", "11 Comments", "1 / 5", ...ARTICLE];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe(headline);
    expect(a.meta.authors).toEqual(["Nataliya Vasilyeva"]);
  });

  it("takes a name alone under the standfirst that opens the article as the byline, not article text", () => {
    const headline = "3 surprising findings from our 2024 Global DevSecOps Survey";
    const page = ["Blog", "Insights", headline, "Published on: June 25, 2024", "5 min read", headline, "", "This year, our survey revealed changes in organizations' investment priorities in the wake of AI — and how AI is shaping the way teams work.", "", "Dave Steer", "developer surveyDevSecOpsAI/MLsecuritynews", "", ...ARTICLE, "", "Sign up for GitLab’s newsletter", "", "All fields required", "", "More to explore", "View all blog posts", "Insights", "How we overhauled GitLab navigation", "Read the blog"];
    const a = normalize(page.join("\n"));
    expect(a.meta.authors).toEqual(["Dave Steer"]);
    expect(a.text).not.toContain("Dave Steer");
  });

  it("takes the headline under a section kicker in capitals, and the paragraph between it and the byline as the standfirst", () => {
    const headline = "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay";
    const standfirst = "There are more devices, platforms and services to choose from than ever before. Here’s how to figure out what’s best for your play habits and your wallet.";
    const page = ["Real Estate", "WSJ. Magazine", "Search", "SHARE", "TEXT", "16", "TECH  PERSONAL TECHNOLOGY: REVIEW", headline, standfirst, "By Sarah E. Needleman", "Nov. 19, 2019 8:03 am ET", "", ...ARTICLE, "", "TO READ THE FULL STORY", "SUBSCRIBE", "SIGN IN", "Most Popular Videos"];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe(headline);
    expect(a.meta.subtitle).toBe(standfirst);
    expect(a.meta.authors).toEqual(["Sarah E. Needleman"]);
    expect(a.text.startsWith("LONDON — After nearly 20 years")).toBe(true);
  });

  it("takes the heading under a breadcrumb run into it ('Home News Business News <headline>'), not the breadcrumb line with the heading as its standfirst (bench/pages, Chromium copy)", () => {
    const headline = "Ascom announces a strategic distribution partnership with GE Healthcare in Europe for intensive care units";
    const menu = ["Share", "", "This website uses cookies. By continuing to use our website without changing the settings, you are agreeing to our use of cookies. Click here for more", "", "Ascom Sites", "Countries", "GLOBAL English", "Asia", "Australia", "search", "Close", "About us", "Our Strategy & IR Presentation", "Board of Directors"];
    const contact = ["Contact us", "Ascom (Holding) AG, Zugerstrasse 32, CH-6340 Baar Switzerland", "Phone +41 41 544 78 00", "E-mail info@ascom.com"];
    const page = [...menu, ...contact, `Home News Business News ${headline}`, headline, "October 12, 2017", "", ...ARTICLE];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe(headline);
    expect(a.meta.subtitle).toBeNull();
  });

  it("takes the headline, not 'Show more sharing options' or the time stamp 'Published 1 day ago' that stand near it (bench/pages, Chromium copy)", () => {
    const column = "Column: The Gannett/GateHouse merger sends a dismal signal about the future of local news";
    const shares = ["Facebook", "Twitter", "Show more sharing options", "Share Close extra sharing options", "Facebook", "Twitter", "LinkedIn"];
    const first = ["Print", "Business", column, "Gannett is merging with GateHouse to create the largest newspaper chain in the U.S.", "(Jacquelyn Martin / Associated Press)", "By Michael Hiltzik", "Nov. 19, 2019", "5:53 PM", ...shares, "", ...ARTICLE];
    expect(normalize(first.join("\n")).meta.title).toBe(column);
    const second = ["Help", "Closed Captioning Policy", "", "Earnings", "Published 1 day ago", "Home Depot sales miss, shares plunge", "The home-improvement retailer earned $2.8 billion in the third quarter.", "Facebook", "Twitter", "Comments", "Print", "Email", "", ...ARTICLE];
    expect(reason("Published 1 day ago")).toBe("date or time stamp");
    expect(normalize(second.join("\n")).meta.title).toBe("Home Depot sales miss, shares plunge");
  });

  it("takes the title-cased headline under a short kicker or breadcrumb, not the kicker with the headline as its standfirst (bench/pages, Chromium copy)", () => {
    const headline = "The Weird Plumes of Jupiter's Moon Europa Are Spewing Water Vapor";
    const space = ["Skip to main content", "Search", "RSS", " News Tech Spaceflight Science & Astronomy Search For Life Skywatching Forums Videos Entertainment", "TRENDING", "Full Moons 2019", "", "On This Day in Space!", "", "Forums!", "", "Videos", "Space Calendar", "", "Subscribe to 'All About Space'", "Space is supported by its audience. When you purchase through links on our site, we may earn an affiliate commission. Learn more", "Home News Science & Astronomy", headline, "", "By Mike Wall 2019-11-18T20:51:19Z Science & Astronomy", "", ...ARTICLE];
    expect(normalize(space.join("\n")).meta).toMatchObject({ title: headline, subtitle: null });
    const standfirst = "Officials say the risk of an outbreak is low, but many are concerned that information about the cases is being restricted";
    const smithsonian = ["Jumble", "Mah Jong Quest", "KenKen", "Backgammon", "Subscribe (Top Menu)", "Current Issue", "Subscribe", "", "Save 84% off the newsstand price!", "", "Subscribe (Dropdown)", "Renew (Dropdown)", "Give a Gift (Dropdown)", "Shop", "Smithsonian", "Shop", "Search", "Facebook", "Twitter", "History Science Innovation Arts & Culture Travel", "Smithsonian.com", "Contact Privacy Cookie Policy Terms of Use", "SmartNews Keeping you current", "Three Cases of Plague Diagnosed in China", standfirst, "By Brigit Katz", "smithsonian.com", "November 18, 2019", "", ...ARTICLE];
    expect(normalize(smithsonian.join("\n")).meta).toMatchObject({ title: "Three Cases of Plague Diagnosed in China", subtitle: standfirst });
  });

  it("takes an encyclopedia entry's one-word topic as its headline when the first paragraph opens with it, not an infobox row (Readability's test pages)", () => {
    const entry = "Mozilla is a free-software community, created in 1998 by members of Netscape. The Mozilla community uses, develops, spreads and supports Mozilla products, thereby promoting exclusively free software and open standards, with only minor exceptions.";
    const history = "Mozilla's activities have expanded to include Firefox on mobile platforms (primarily Android),[13] a mobile OS called Firefox OS,[14] a web-based identity system called Mozilla Persona and a marketplace for HTML5 applications.[15]";
    const infobox = ["Industry\tOpen-source software", "Founded\tFebruary 28, 1998; 18 years ago", "Founder\tNetscape Communications Corporation", "Divisions", "Mozilla Corporation", "Mozilla Foundation", "", "Website\tmozilla.org/,%20https://www.mozilla.org/tr/", ""];
    const page = ["Mozilla", "From Wikipedia, the free encyclopedia", "Jump to: navigation, search", "See also: Mozilla Foundation and Mozilla Corporation", "Mozilla", "", ...infobox, entry, "", history, "", ...ARTICLE];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe("Mozilla");
    // A footnote's number in brackets is no photo credit: the paragraph is article text.
    expect(a.text).toContain("a marketplace for HTML5 applications.[15]");
  });

  it("takes the headline under a list of other stories with their comment counts, not the last of them ('… (122)') (page benchmark)", () => {
    const mostCommented = ["PFT Most Commented", "Colin Kaepernick: We’re waiting for 32 owners and Roger Goodell to stop running (185)", "Myles Garrett should expect a significant suspension (148)", "Reports: Mason Rudolph will be fined (145)", "NFL says it is “disappointed” Colin Kaepernick “did not appear” (122)", ""];
    const page = ["Site Tools", "Send Scoop", "Main Feed", "Login/Register", "Send feedback", "Follow on Twitter", "", ...mostCommented, "Anthony Lynn: “We needed to win this game”", "", "Posted by Michael David Smith on November 19, 2019, 6:21 AM EST", "Getty Images", "", ...ARTICLE];
    expect(normalize(page.join("\n")).meta.title).toBe("Anthony Lynn: “We needed to win this game”");
  });

  it("takes the headline the page prints twice, not the series name over it that it prints once (Readability's test pages)", () => {
    const headline = "'What is the sea telling us?': Māori tribes fearful over whale strandings";
    const menu = ["Video", "Podcasts", "Pictures", "Newsletters", "Inside the Guardian", "Guardian Weekly", "Crosswords", " Facebook", " Twitter", "Search jobs", "Digital Archive", "Discount Codes"];
    const top = ["Seascape: the state of our oceans", headline, " Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian", "", "New Zealand’s whale whisperers worry that manmade changes in the ocean are behind the spike in beachings", "", "by Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)", "", "Main image: Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian", headline, "Seascape: the state of our oceans is supported by", " About this content", "", "Thu 3 Jan 2019 02.00 EST Last modified on Wed 16 Jan 2019 06.16 EST", "", "Share on Facebook", "Share on Twitter", "Share via Email", ""];
    const a = normalize([...menu, ...top, ...ARTICLE].join("\n"));
    expect(a.meta.title).toBe(headline);
  });

  it("takes a headline that opened the article's run under a sign-up box, with its date and byline under it; the box is not article text", () => {
    const headline = "How does the brain turn unconscious information into conscious thought?";
    const page = ["MNT - Hourly Medical News Since 2003", "Newsletter", "", "MNT - Hourly Medical News Since 2003", "", "Sign in", "Register for a free account", "", "Sign up for a free Medical News Today account to customize your medical and health news experiences.", "", "Register", "take the tour", headline, "Published Thursday 27 July 2017 Published Thu 27 Jul 2017", "By Ana Sandoiu", ...ARTICLE];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe(headline);
    expect(a.meta.authors).toEqual(["Ana Sandoiu"]);
    expect(a.text).not.toContain("Sign up for a free");
    expect(a.text.startsWith("LONDON — After nearly 20 years")).toBe(true);
  });

  it("a contents list above the article whose entries recur as its section headings gives no title: the heading with the byline under it does", () => {
    const headline = "How we designed Dropbox ATF: an async task framework";
    const contents = ["Introduction", "Glossary", "Features", "System guarantees", "Lambda requirements", "Architecture", "Data model", "Lifecycle of a task", "Achieving guarantees", "Ownership model", "Extending ATF", "Conclusion"];
    const topics = ["Application", "Front End", "Infrastructure", "Machine Learning", "Mobile", "Security", "Developers", "Jobs"];
    const page = ["Dropbox.Tech", "Topics", ...topics, "", "// Press enter to search", "", headline, "// By Arun Sai Krishnan • Nov 11, 2020", ...contents, "", ...ARTICLE, "", "Lifecycle of a task", "", ARTICLE[2]!.replace("On Friday", "On Monday"), "", "// Tags", "Subscribe", "Privacy", "Terms"];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe(headline);
    expect(a.meta.authors).toEqual(["Arun Sai Krishnan"]);
  });
});

describe("a comment counter above the article does not make the article a comment section", () => {
  it("keeps the article under '75 reader comments' and reads the author from 'Name - date'", () => {
    const page = ["Biz & IT", "Just-released Minecraft exploit makes it easy to crash game servers", "Two-year-old bug exposes thousands of servers to crippling attack.", "", "Dan Goodin - Apr 16, 2015 8:02 pm UTC", "", "reader comments", "75 with 51 posters participating", "Share this story", "Share on Facebook", "", ...ARTICLE, "", "Promoted Comments", "Great article, but I wonder how long the fix took to ship.", "Reply"];
    const a = normalize(page.join("\n"));
    expect(a.text).toContain("Sudan is one of the poorest");
    expect(a.meta.title).toBe("Just-released Minecraft exploit makes it easy to crash game servers");
    expect(a.meta.authors).toEqual(["Dan Goodin"]);
  });

  it("'There are 13 comments' opens the comment section: readers' replies, longer than the article, are not it", () => {
    const reply = (who: string, text: string) => [`${who} · March 10, 2017 at 1:26 AM`, "", text, "Report", "", "Reply"];
    const replies = [
      ...reply("Rarst", "One nuance of over saturation number might be that many people who self–identify themselves as WordPress developers are not really developers in the sense of the hiring companies."),
      ...reply("Barry Kooij", "I feel like you’re 100% right on this one. WordPress has many self called developers who actually don’t know how to write a line of code and only assemble themes and plugins."),
      ...reply("Ammon", "You’re 100% correct Rarst. In my opinion, if a person does not have the skills of a computer scientist, they should not be calling themselves a developer at all, and the market knows it."),
      ...reply("Ashiquzzaman", "Agree with you. WordPress is heading towards the right direction and it is necessary to implement the REST API quickly to make the platform attractive for the new generation of developers."),
    ];
    const page = ["Home", "News", "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated with Developers", "Sarah Gooding March 9, 2017 13", "", ...ARTICLE, "", "Share this:", "Click to share on Twitter (Opens in new window)", "Related", "Posted in News", "There are 13 comments", ...replies];
    const a = normalize(page.join("\n"));
    expect(a.text).toContain("Sudan is one of the poorest");
    expect(a.text).not.toContain("self–identify");
  });
});

describe("a news stream above the article (Yahoo News as copied)", () => {
  const story = (section: string, source: string, count: string, headline: string, teaser: string, ...related: string[]) => [section, source, `${count}Comments. Click to view comments`, headline, teaser, ...related];
  const stream = [
    ...story("News", "Associated Press", "272", "Killer of 3-year-old seeks mercy from Ohio parole board", "Ohio's prison parole board heard arguments Thursday for and against mercy for a man set to die in January for the 1993 rape and killing of his girlfriend's 3-year-old daughter. Ronald Phillips' clemency hearing concluded just before 6:30 p.m. The board did not make an immediate decision. \"Evidence of Phillips's background, history, dysfunctional upbringing, and his reformed character demonstrate that he should not be executed for the murder of Sheila Marie Evans,\" attorneys Tim Sweeney and Lisa Lagos wrote in a Nov. 25 filing.", "Russian space station cargo ship experiences anomaly, burns up", "UPI", "Progress space station cargo ship malfunctions, crashes in Siberia", "CBS News"),
    "",
    ...story("Politics", "AFP", "8", "Trump picks Treasury secretary, says he'll leave his business", "President-elect Donald Trump named Wall Street veteran Steven Mnuchin for Treasury secretary Wednesday, filling key slots on his economic team even as he announced plans to leave his businesses to avoid any conflict of interest.", "Incoming Treasury Secretary Eyes 3 to 4 Percent Growth; First Up, Tax Reform", "CNS News", "Trump taps Wall Street executive and Hollywood producer Steven Mnuchin for Treasury secretary", "Los Angeles Times"),
    "",
    ...story("News", "Inside Edition", "16", "Man Charged With Assault, Endangerment After Girlfriend's Toddler Is Found Brain Dead: Cops", "A New York child is on life support after his mother's boyfriend allegedly beat him into unconsciousness, police said. Jaden Jordan, 3, is in critical condition and in a coma after police answered a 911 call Monday night and found the toddler unresponsive.", "Brooklyn Boy Remains On Life Support After Alleged Abuse", "CBS New York", "Tipster told ACS abused boy was being kept in dog crate", "New York Post"),
    "",
    ...story("World", "AFP", "13", "China to 'seriously' implement N. Korea UN sanctions", "Beijing will \"seriously\" implement new United Nations sanctions imposed on North Korea over its fifth nuclear test, the foreign ministry said Thursday, but stressed they were not meant to harm normal trade with its neighbour.", "China says new North Korea sanctions not meant to harm 'normal' trade", "Reuters", "UN Security Council strengthens North Korea sanctions", "AFP Videos"),
  ];
  const headline = "Russia: Space ship malfunctions, breaks up over Siberia";
  const page = ["Yahoo News", "Home", "Mail", "Search", ...stream, "", "About our Ads", "Terms", "Entering a modal", headline, "NATALIYA VASILYEVA", "Associated PressDecember 2, 2016", "11 Comments", "1 / 5", "More", "", ...ARTICLE, "", "What to Read Next", "Russia says foreign spies plan cyber attack on banking system", "Reuters"];

  it("'11 Comments' right above a paragraph that opens with a dateline is the article's counter, not its comment section", () => {
    const a = normalize(page.join("\n"));
    expect(a.text.startsWith("LONDON — After nearly 20 years")).toBe(true);
    expect(a.meta.title).toBe(headline);
  });
  it("the stream's stories, parted from the article by more prose than they weigh, are not the article", () => {
    expect(normalize(page.join("\n")).text).not.toContain("parole board");
  });
});

describe("a page whose footer is longer than its article", () => {
  const footer = [
    "Our website uses cookies to improve its performance and enhance your user experience. Through cookies, certain personal data is collected and may be stored temporarily. You can change your cookie settings through your browser. More info: Privacy Policy",
    "This website uses cookies to improve your experience while you navigate through the website. Out of these cookies, the cookies that are categorized as necessary are stored on your browser as they are essential for the working of basic functionalities of the website. We also use third-party cookies that help us analyze and understand how you use this website.",
    "Any cookies that may not be particularly necessary for the website to function and is used specifically to collect user personal data via analytics, ads, other embedded contents are termed as non-necessary cookies. It is mandatory to procure user consent prior to running these cookies on your website.",
    "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with the prior written permission of Cleveland.com.",
  ];
  it("keeps the article and drops the site's notices, however long", () => {
    const page = ["Skip to content", "News", "Sport", "United States to Lift Sudan Sanctions", "By Jeffrey Gettleman", ...ARTICLE, "Share this article", "Facebook", "Twitter", "About us", ...footer, "© 2017 Advance Local Media LLC. All rights reserved."];
    const a = normalize(page.join("\n"));
    expect(a.text).toContain("On Friday, the Obama administration");
    for (const line of footer) expect(a.text).not.toContain(line.slice(0, 40));
  });

  it("drops a cookie notice by its phrases: 'We use cookies to enhance your visit …'", () => {
    expect(reason("We use cookies to enhance your visit to our site and to bring you advertisements that might interest you. Read our Privacy and Cookie Policies to find out more.")).toBe("comment box, log-in or policy text");
  });
});

describe("bylines as pages print them", () => {
  it("cuts the date off a name: 'By Steven Mufson March 18', 'By JEFFREY GETTLEMAN JAN. 13, 2017'", () => {
    expect(findBylineAuthors("By Steven Mufson March 18 at 12:22 PM Follow @StevenMufson")).toEqual(["Steven Mufson"]);
    expect(findBylineAuthors("By JEFFREY GETTLEMAN JAN. 13, 2017")).toEqual(["Jeffrey Gettleman"]);
  });
  it("reads a name before a date, but not a section or a place before one", () => {
    expect(nameBeforeDate("Dan Goodin - Apr 16, 2015 8:02 pm UTC")).toBe("Dan Goodin");
    expect(nameBeforeDate("New York Times Jan 3, 2020")).toBeNull();
  });
  it("takes 'By NAME, a deputy editor …' for a byline however long the biography", () => {
    const line = "By Alex Heath, a deputy editor and author of the Command Line newsletter. He’s covered the tech industry for over a decade at The Information and more.";
    expect(reason(line)).toBe("byline");
    expect(reason("By Election Day, the campaign had spent more than $1 billion on television advertising in the swing states, according to the latest filings.")).toBeNull();
  });
});

describe("article text kept in clean copy (PolNeAR)", () => {
  it("keeps the text of a tweet whose tag runs over a line break, and drops the tag (PolNeAR train)", () => {
    const tweet = ['<tweet tweet-author="@tedcruz" tweet-date="January 19, 2016', '">I love @SarahPalinUSA Without her support, I wouldn’t be in the Senate. Regardless of what she does in 2016, I will always be a big fan.<tweet/>.'];
    const a = normalize(["Palin endorsed Trump on Tuesday.", "", ...tweet, "", "The campaign welcomed the endorsement."].join("\n"));
    expect(a.text).toContain("I love @SarahPalinUSA Without her support");
    expect(a.text).not.toMatch(/tweet-date|<tweet|">/);
  });

  it("keeps a tweet's text and drops its markup", () => {
    const a = normalize(["Rubio's rally drew a thin crowd.", "", '<tweet tweet-author="@ByronYork" tweet-date="March 9, 2016">Rubio stadium event in Hialeah. Stands empty; crowd in one end zone.<tweet/>.', "", "The campaign disputed the count."].join("\n"));
    expect(a.text).toContain("Rubio stadium event in Hialeah. Stands empty; crowd in one end zone..");
    expect(a.text).not.toContain("tweet-author");
    expect(a.edited[0]).toMatchObject({ reason: "embedded markup removed, its text kept" });
  });
  it("keeps a sentence that opens with a date, and a dated item of a list between paragraphs", () => {
    expect(reason("On July 6, 2015, Sanders made the following comment:")).toBeNull();
    const a = normalize([ARTICLE[0], "", "Sen. Ted Cruz (R-Texas) — Announced March 23, 2015", "", ARTICLE[2]].join("\n"));
    expect(a.text).toContain("Sen. Ted Cruz (R-Texas) — Announced March 23, 2015");
  });
  it("keeps a digest's items that cite their source in brackets, while a page's agency credit still goes", () => {
    const digest = ["Good morning.", "", "-One poll shows Ted Cruz 16 points ahead of Trump in Indiana. [IPFW]", "-Hillary Clinton leads Bernie Sanders in Indiana. [ARG]", "-Trump extends his lead over Ted Cruz in the national primary race. [IBD/TIPP]", "", ARTICLE[2]];
    expect(normalize(digest.join("\n")).text).toContain("-Hillary Clinton leads Bernie Sanders in Indiana. [ARG]");
    expect(reason("President Yoon Suk Yeol speaks during a meeting at the presidential office in Seoul on July 10, 2024. [Yonhap]")).toBe("photo caption with a credit");
  });
  it("reads 'Ã©' as a mis-decoded 'é', not a copyright sign, and 'More is on the way.' as a sentence", () => {
    expect(reason("It's a gun advocate clichA\u0303© that an armed society is a polite society. Cleveland showed that an armed convention can also be a safe one.")).toBeNull();
    expect(reason("More is on the way.")).toBeNull();
    expect(reason("More from CityLab")).toBe("related-stories heading");
  });
});

describe("headlines and captions, as more pages print them", () => {
  it("takes a headline that opened the article's run and ends in an abbreviation, its byline under it", () => {
    const headline = "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.";
    const page = ["Sections", "SEARCH", "Skip to contentSkip to site index", "New York", "Subscribe", "Log In", "Today’s Paper", "", "Supported by", "", headline, "", ARTICLE[0], "", "Image", "A Con Edison worker repairing underground cables this month in Flushing, Queens.", "", "By Corey Kilgannon", "", "Feb. 21, 2019", "", ...ARTICLE.slice(2)];
    const a = normalize(page.join("\n"));
    expect(a.meta.title).toBe(headline);
    expect(a.meta.authors).toEqual(["Corey Kilgannon"]);
  });

  it("drops a caption whose credit is labelled at its end ('Photograph: …')", () => {
    expect(reason("Main image: Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian")).toBe("photo caption with a credit");
  });
});

describe("normalize --explain says why a block of prose lost to the article", () => {
  it("names the comment section, and the lighter run after the article's copyright line", () => {
    const teaser = "Sudan's president visits Egypt for talks on the Nile dam project with officials.";
    const comment = "I cannot believe it took them twenty years to reach this decision about the sanctions.";
    const page = ["Home", "Share", "Print", "United States to Lift Sudan Sanctions", "By Jeffrey Gettleman", ...ARTICLE, "© 2017 The New York Times Company", teaser, "", "12 comments", comment, "Reply"];
    const reasons = new Map(normalize(page.join("\n")).verdicts.map((v) => [v.text, v.reason]));
    expect(reasons.get(comment)).toBe("text outside the article: in a comment section");
    expect(reasons.get(teaser)).toMatch(/^text outside the article: a lighter run \(\d+ characters of weight, the article's \d+\)$/);
  });
});

describe("a slideshow of other stories' pictures is the page's, however much prose its captions hold", () => {
  it("drops every line from the first '1/50' counter to the last caption, and keeps the article above it", () => {
    const slideshow = [
      "Business news in pictures", "50 show all", "Business news in pictures", "1/50 United goin down", "",
      "Manchester United's absence from the Champions League hurt more than the fans' pride last year - it also dented the bottom line. Revenues at the New Uork listed club dipped 8.8 per cent to £395.2m in the year to June, triggering a £1.2 million loss after broadcasting and sponsorship deals dried up. The club said it was now looking to raise $400m from a share issue.",
      "", "GETTY IMAGES", "", "2/50 Star Wars boosts economy", "",
      "Production of the next Star Wars movie has brought an economic impact of some £150 million to Britain, according to company accounts. The seventh movie in the series, The Force Awakens, will be released in December.",
      "", "3/50 Natalie Massenet Leaves Net-a-Porter", "",
      "The Net-a-Porter founder Natalie Massenet decided to quit the online fashion retailer during \"a summer of reflection\" that included a spectacular 50th birthday party on the Almalfi coast.",
      "", "Rex", "", "4/50 I'll keep working, says Mayer", "",
      "The chief executive of Yahoo, Marissa Mayer, said that she was expecting twin girls in December. She said she would \"approach the pregnancy and delivery the same way as I did with my son three years ago, taking limited time away and working throughout\". In 2012, she took two weeks off when her first child was born.",
      "", "GETTY IMAGES",
    ];
    const page = ["Business News", "United States to Lift Sudan Sanctions", "Hazel Sheffield", "Friday 25 December 2015", "0 comments", ...ARTICLE, "", ...slideshow, "", "More about: Sudan", "Reuse content"];
    const a = normalize(page.join("\n"));
    expect(a.text).toContain("On Friday, the Obama administration");
    expect(a.text).not.toContain("Star Wars");
    expect(a.text).not.toContain("Marissa Mayer");
    expect(a.meta.authors).toEqual(["Hazel Sheffield"]);
  });
});
