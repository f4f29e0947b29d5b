/**
 * The National Bank of Ukraine's official hryvnia exchange rates: asking the NBU's open API,
 * keeping every day's rates in the store, and the widget beside the news. A bad or missing answer
 * never blanks the widget: the last good rates stay, shown with their date.
 */
package ua.strichka.rates;
