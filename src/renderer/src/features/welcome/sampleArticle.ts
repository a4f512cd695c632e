import sample from 'virtual:sample-article';

/**
 * The sample story the welcome offers, built in from the shared fixtures folder beside the repository
 * (see config/sampleArticlePlugin.ts); undefined in a build made without that folder.
 */
export const SAMPLE_ARTICLE: string | undefined = sample;
