// Vocabulary of page furniture: the words of menus, share widgets, comment boxes, log-in prompts,
// cookie banners and footers. A short line made only of these words, or a line dense with the
// phrases, is page furniture rather than article text. Adding a word here is a data change.

/** Single words that make up navigation and widget lines ("print dictionary print", "Send to"). */
export const UI_WORDS = new Set(
  `about account ad ads advertise advertisement advertising all app apps archive back bookmark
close comment comments contact copy copyright cookie cookies dictionary digital done download edit
email e-mail english enlarge epaper e-paper facebook faq feedback follow font fontsize forgot gallery
google help home image images index instagram join latest less like linkedin list listen live load
log login logout mail menu more most my new newsletter newsletters next news next page photo photos
pinterest podcast podcasts popular post prev previous print privacy profile rss read recommended reddit
register related reply report save search see select send settings share shares sign signin signup
site sitemap size skip story subscribe subscription tags terms text to top trending tumblr twitter
video videos view viewed watch weather whatsapp x youtube zoom icon lock help-image social menu jump navigation
show sharing options extra
of in on for the and or a your our us up out with here now more`.split(/\s+/),
);

/** Phrases that mark widgets and policy text even inside a full sentence. */
export const UI_PHRASES: readonly RegExp[] = [
  /\blog ?in\b|\bsign ?(in|up)\b|\bsign out\b|\blog out\b/i,
  /\bcookies?\b/i,
  /\bwe use cookies\b|\buse of cookies\b|\bcookie (policy|policies|settings|preferences|notice)\b/i,
  /\bsubscribed?\b|\bsubscription\b|\bnewsletters?\b|\bactivation link\b|\bstay up to date\b/i,
  /\b(all rights reserved|privacy policy|terms of (use|service)|ad choices)\b/i,
  /\bcomments\b|\b(post|leave|add|write|view|show|hide|load|read) (a |your |all )?comments?\b/i,
  /\b(click|tap) here\b/i,
  /\bshare (this|on)\b|\bsend to\b|\bfollow us\b/i,
  /\bsubmission guidelines\b|\bcommunity (guidelines|rules|standards)\b|\buser agreement\b/i,
  /\bmay not be (reproduced|copied|republished|redistributed)\b/i,
  /\bjavascript\b|\byour browser\b/i,
  // "Ã©" is a mis-decoded "é" ("clichÃ©"), no copyright sign.
  /\bcopyright\b|(?<!Ã|A\u0303)©|\(c\) ?\d{4}/iu,
  /\b(registered )?trademarks?\b|\bdisclaimer\b|\bterms and conditions\b|\bcustomer service\b/i,
  /\bread more\b|\bcontinue reading\b|\bmost (read|popular|viewed|discussed)\b/i,
  /\badvertis(e|ements?|ing)\b/i,
  // A wiki's tagline under its headline: "From Wikipedia, the free encyclopedia".
  /\bthe free encyclopedia\b/i,
  // "This story has been shared 44,976 times.", "Filed under afghanistan , hostages , …".
  /\bshared [\d,]+ times\b|\bfiled under\b/i,
];

/**
 * News agencies and photo services that credit captions: "(Yonhap)", "[YONHAP]", "AFP",
 * "Reuters/Pool", "(Manu Fernandez/AP)", "Getty Images".
 */
export const PHOTO_CREDITS = new Set(
  `ap afp reuters yonhap xinhua kyodo epa getty images bloomberg news1 newsis pool ansa dpa efe
tass sputnik anadolu bernama pti ani ians jiji nhk cnn bbc shutterstock istock alamy photo photos file
courtesy handout press associated upi abaca sipa zuma ritzau tt ntb scanpix belga anp apa ctk pap
kcna`.split(/\s+/),
);

/** Headings that open a comment section: prose after them is readers', not the article's. */
export const COMMENT_HEADINGS: readonly RegExp[] = [
  // Whole short lines only: "Comments by South Korea's central bank …" is prose.
  /^(there (are|is) )?\d+\s+(responses?|comments?|replies|reactions)\b.{0,120}$/i,
  /^(leave a (reply|comment)|join the (conversation|discussion)|(reader |user )?comments|post a comment|add a comment|show comments|discussion)\b[^.!?]{0,40}$/i,
];

/**
 * Whole-line headings that end one part of a page and open another (related stories, "more from"
 * lists, comments). Prose on either side of one belongs to different parts.
 */
export const RELATED_HEADINGS: readonly RegExp[] = [
  /^(related( (articles|stories|posts|coverage|content|news|links))?|read (these |this )?next|recommended( for you| stories)?|trending( now| stories)?( ?on \S{1,30})?|you (may|might) also like|also on .{1,30}|don'?t miss|what to read next|further reading|latest (headlines|news|stories)|more( from| on| in)? [^.]{1,30}|explore further|most (read|popular|viewed|shared|discussed|commented|emailed)( (and |& )?most (read|popular|viewed|shared|discussed|commented|emailed))*)(?:[…:!]|\.\.\.)*$/i,
];

/**
 * The same headings in the languages of the page dumps newsx meets most, and the sidebar headings
 * of blog engines (WordPress's "Top Posts & Pages", "Blog Stats", "Archives"), as whole lines.
 */
export const RELATED_HEADINGS_ELSEWHERE: readonly RegExp[] = [
  /^(top posts( (&|and) (pages|halaman))?|blog stats|recent posts|popular posts|archives|categories|tags|pos-pos terbaru|tulisan terbaru|artikel terbaru|komentar terbaru|arsip|kategori|baca juga|artikel terkait|berita terkait)[.…:!]*$/i,
  /^(читайте также|читать также|смотрите также|вам также может быть интересно|вам может быть интересно|вам может понравиться|похожие (статьи|записи|новости|материалы|публикации)|популярные (статьи|записи)|другие новости|последние новости|рекомендуем)[.…:!]*$/i,
  /^(関連記事|関連する投稿|人気記事|最近の投稿|月別アーカイブ|アーカイブ|カテゴリー?|あわせて読みたい|おすすめ記事|新着記事)[.…:!：]*$/,
  /^(lesen sie auch|das könnte sie auch interessieren|mehr zum thema|weitere artikel|ähnliche artikel|à lire aussi|lire aussi|sur le même sujet|articles similaires|vous aimerez aussi|te puede interesar|lee también|noticias relacionadas|artículos relacionados|también te puede interesar|leia também|veja também|notícias relacionadas|posts relacionados|artigos relacionados|leggi anche|articoli correlati|potrebbe interessarti)[.…:!]*$/i,
];

export const SECTION_BREAKS: readonly RegExp[] = [...COMMENT_HEADINGS, ...RELATED_HEADINGS, ...RELATED_HEADINGS_ELSEWHERE];

/**
 * Words of a site talking about itself: legal footers, cookie and privacy notices, comment policies,
 * newsletter boxes ("this site", "our website", "your settings"). With words that address the reader
 * (READER_WORDS), they mark a paragraph as the site's, not the article's, however long it is.
 */
export const SITE_WORDS = new Set(
  `site sites website websites web page pages content cookie cookies privacy policy policies terms
service services account accounts advertising advertisers advertisement ads personal data information
settings newsletter newsletters subscribe subscription subscribers register registered registration
readers reader comments comment community moderators moderation guidelines editorial complaint
complaints browser browsers app apps email emails notifications partners consent preferences stories
journalists journalism`.split(/\s+/),
);

/** Words a site uses to address its reader and speak of itself. */
export const READER_WORDS = new Set(["you", "your", "yours", "we", "our", "us", "ours"]);

/** Words that make a site word the site's own: "this site", "our website", "your settings". */
export const SITE_OWNERS = new Set(["this", "our", "your"]);
