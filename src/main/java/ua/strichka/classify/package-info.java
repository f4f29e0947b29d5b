/**
 * What kind of article it is: news or not (horoscopes, recipes, advertorials, listicles, how-tos),
 * and its section of the taxonomy: from the outlet's own label when it has one ({@link
 * SectionLabels}), else from the text ({@link SectionClassifier}).
 */
package ua.strichka.classify;
