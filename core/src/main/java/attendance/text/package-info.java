/** The user's language and the core's own texts in German and English. */
package attendance.text;
