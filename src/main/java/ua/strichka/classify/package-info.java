/**
 * What kind of article it is: news or not (horoscopes, recipes, advertorials, listicles, how-tos),
 * and, later, its section.
 */
package ua.strichka.classify;
