/**
 * Stories told by a work, not by the news: a film, novel or play about a past war ("In one scene, soldiers storm a
 * village", "The new film follows a family trapped in the city as forces shelled it") and a review of such a work
 * ("Film review: …") report no event. The patterns live in `data/taxonomy.json` (`guards.portrayal`,
 * `guards.review_title`).
 */
import { optionalGuard } from './taxonomy.js';

const PORTRAYAL = optionalGuard('portrayal');
const REVIEW_TITLE = optionalGuard('review_title');

/** Does the sentence tell the plot of a film, book or play? */
export const portrayalSentence = (sentence: string): boolean => !!PORTRAYAL?.test(sentence);

/** Is the article a review of a work (by its title)? Then none of its sentences reports an event. */
export const reviewArticle = (title: string | undefined): boolean => !!title && !!REVIEW_TITLE?.test(title);
