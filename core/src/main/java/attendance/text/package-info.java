/** What the core tells the user, as codes with arguments; the words themselves live in the extension's _locales. */
package attendance.text;
