/** Reading org.json values strictly, with error messages that name the path of the offending field. */
package attendance.json;
