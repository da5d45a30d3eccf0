import { badInput } from '../../common/errors';
import { LearningCondition, type ClimateScanQuestion } from './climate-scan.entity';

/** The scale of every statement: 1 (do not agree at all) to 5 (fully agree). */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
/** Enough for a short scan that people answer on a phone in a few minutes. */
export const MAX_QUESTIONS = 30;
export const QUESTION_TEXT_MAX = 300;
export const AGREEMENT_TEXT_MAX = 4000;
export const PERIOD_MAX = 100;

/**
 * ILLUSTRATIVE statements, written for LabelCycle as an example of the three conditions for learning. They are
 * not text of the quality label's scheme; an organisation replaces them with its own (saveClimateScanQuestions).
 * They invite a view of what helps learning rather than ask who falls short.
 */
export const ILLUSTRATIVE_QUESTIONS: readonly ClimateScanQuestion[] = [
  q('env-1', LearningCondition.POSITIVE_ENVIRONMENT, 'In ons team mag ik iets nieuws uitproberen, ook als het niet meteen lukt.', 'In our team I may try something new, even if it does not work straight away.'),
  q('env-2', LearningCondition.POSITIVE_ENVIRONMENT, 'Als er iets misgaat, kijken we samen wat we ervan kunnen leren.', 'When something goes wrong, we look together at what we can learn from it.'),
  q('env-3', LearningCondition.POSITIVE_ENVIRONMENT, 'Collega’s laten merken wat er goed gaat in mijn werk.', 'Colleagues let me know what goes well in my work.'),
  q('room-1', LearningCondition.ROOM_AND_SUPPORT, 'Ik vind in mijn agenda tijd om te leren.', 'I find time in my schedule to learn.'),
  q('room-2', LearningCondition.ROOM_AND_SUPPORT, 'Ik kan zelf mee bepalen wat ik leer en hoe.', 'I have a say in what I learn and how.'),
  q('room-3', LearningCondition.ROOM_AND_SUPPORT, 'Er is iemand die mij helpt en inspireert bij mijn leren.', 'There is someone who helps and inspires me in my learning.'),
  q('vision-1', LearningCondition.SHARED_VISION, 'We weten in ons team waarom leren belangrijk is voor ons werk.', 'In our team we know why learning matters for our work.'),
  q('vision-2', LearningCondition.SHARED_VISION, 'We geven elkaar feedback op een manier die helpt.', 'We give each other feedback in a way that helps.'),
  q('vision-3', LearningCondition.SHARED_VISION, 'Verschillen in hoe teams leren kunnen we met elkaar bespreken.', 'We can talk with each other about differences in how teams learn.'),
];

function q(id: string, condition: LearningCondition, textNl: string, textEn: string): ClimateScanQuestion {
  return { id, condition, textNl, textEn };
}

/** Every condition needs at least one statement, or its figure could never be given. */
export function assertEveryCondition(questions: readonly { condition: LearningCondition }[]): void {
  const missing = Object.values(LearningCondition).filter((c) => !questions.some((x) => x.condition === c));
  if (missing.length) throw badInput('questions', `Give at least one statement for each condition; missing: ${missing.join(', ')}.`, 'scanConditionMissing', { names: missing.join(', ') });
}
