// English function words. Their density tells prose ("the minister said that …") from menus,
// headline lists and name lists, the way jusText separates article paragraphs from boilerplate.
export const ENGLISH_STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each even ever few for from further
had has have having he her here hers herself him himself his how however i if in into is it its itself
just least less many may me might more most much must my myself no nor not now of off on once only or
other our ours ourselves out over own per same shall she should since so some still such than that the
their theirs them themselves then there these they this those though through thus to too under until
up upon us very was we were what when where whether which while who whom whose why will with within
without would yet you your yours yourself yourselves`.split(/\s+/),
);
