package uk.imap.advice;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R17: finds what identifies a person in free text written in the UK and says what it was instead: e-mail addresses,
 * street addresses, postcodes, dates however written ("14/03/2016", "14th March 2016", "March 14, 2016"), phone
 * numbers (Google's libphonenumber, which knows every UK numbering range and how people write them), National
 * Insurance numbers, unique pupil numbers, NHS numbers and other long numbers. Errs towards replacing: an advisor
 * reads "[date]" where nothing needed hiding, never a child's date of birth.
 */
final class PersonalIdentifiers {

    private static final String MONTH = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
            + "|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?";
    private static final String DAY = "\\d{1,2}(st|nd|rd|th)?";
    private static final String WEEKDAY = "((mon|tues?|wed(nes)?|thu(rs)?|fri|sat(ur)?|sun)(day)?,?\\s+)?";
    private static final Pattern DATE = Pattern.compile("\\b" + WEEKDAY + "("
            + DAY + "(\\s+of)?[\\s-]+" + MONTH + ",?[\\s-]+\\d{2,4}"          // 14th of March 2016, 14-Mar-16
            + "|" + MONTH + "\\s+" + DAY + ",?\\s+\\d{2,4}"                      // March 14, 2016
            + "|" + DAY + "(\\s+of)?\\s+" + MONTH + "(?!\\w)"                    // 14 March
            + "|" + MONTH + "\\s+" + DAY + "(?!\\w)"                             // March 14th
            + "|" + MONTH + ",?\\s+(19|20)\\d{2}"                                // March 2016
            + "|\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}"              // 14/03/2016, 14.3.16
            + "|\\d{4}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{1,2}"                // 2016-03-14
            + "|\\d{1,2}[/.]\\d{4})\\b",                                          // 03/2016
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("[\\w.+'-]+\\s*(@|\\(at\\)|\\[at\\])\\s*[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b([A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}|GIR\\s*0AA)\\b", Pattern.CASE_INSENSITIVE);
    // Two letters, six digits in pairs and a letter A-D, however spaced (HMRC's format).
    private static final Pattern NATIONAL_INSURANCE = Pattern.compile(
            "\\b[A-Z]{2}(\\s*\\d{2}){3}\\s*[A-D]\\b", Pattern.CASE_INSENSITIVE);
    // A unique pupil number: a check letter and twelve characters, the last a digit or, when temporary, a letter.
    private static final Pattern PUPIL_NUMBER = Pattern.compile("\\b[A-Z]\\s*(\\d\\s*){11}[0-9A-Z]\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TEN_DIGITS = Pattern.compile("\\b\\d{3}[ -]?\\d{3}[ -]?\\d{4}\\b");
    // UK numbers as people write them that the recogniser's strict ranges leave (made-up or unallocated ranges).
    private static final Pattern UK_PHONE = Pattern.compile(
            "(?<![\\w+])(\\+44\\s?\\(?0?\\)?\\s?|0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}\\b");
    private static final String STREET = "(road|rd|street|st|lane|ln|avenue|ave|close|court|ct|way|drive|dr"
            + "|crescent|place|pl|gardens|gdns|terrace|grove|hill|park|square|sq|walk|row|mews|rise|view|green"
            + "|parade|vale|wharf|fold|croft|gate|yard|estate|house|flats?|cottages?)";
    // A house number (or Flat 2) with up to four words and a kind of street: "12 Mill Lane", "flat 3, 7a High St".
    private static final Pattern STREET_ADDRESS = Pattern.compile("\\b((flat|apartment|unit)\\s+\\d+[a-z]?,?\\s+)?"
            + "\\d{1,4}[a-z]?,?\\s+([\\p{L}'’-]+\\s+){0,3}" + STREET + "\\b\\.?", Pattern.CASE_INSENSITIVE);
    private static final Pattern LONG_NUMBER = Pattern.compile("\\b\\d{6,}\\b");

    private PersonalIdentifiers() {
    }

    /** The text with every identifier it recognises replaced by what it was, in brackets. */
    static String redact(String text) {
        String result = EMAIL.matcher(text).replaceAll("[email address]");
        result = NATIONAL_INSURANCE.matcher(result).replaceAll("[National Insurance number]");
        result = PUPIL_NUMBER.matcher(result).replaceAll("[pupil number]");
        result = POSTCODE.matcher(result).replaceAll("[postcode]");
        result = DATE.matcher(result).replaceAll("[date]");
        result = TEN_DIGITS.matcher(result).replaceAll(found -> isNhsNumber(found.group()) ? "[NHS number]"
                : Matcher.quoteReplacement(found.group()));
        result = phoneNumbers(result);
        result = UK_PHONE.matcher(result).replaceAll("[phone number]");
        result = STREET_ADDRESS.matcher(result).replaceAll("[address]");
        return LONG_NUMBER.matcher(result).replaceAll("[number]");
    }

    /** An NHS number's tenth digit checks the other nine (modulus 11), which tells it from a phone number. */
    static boolean isNhsNumber(String text) {
        String digits = text.replaceAll("\\D", "");
        if (digits.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check != 10 && (check == 11 ? 0 : check) == digits.charAt(9) - '0';
    }

    private static String phoneNumbers(String text) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (PhoneNumberMatch match : PhoneNumberUtil.getInstance().findNumbers(text, "GB",
                PhoneNumberUtil.Leniency.VALID, Long.MAX_VALUE)) {
            out.append(text, from, match.start()).append("[phone number]");
            from = match.end();
        }
        return out.append(text.substring(from)).toString();
    }
}
