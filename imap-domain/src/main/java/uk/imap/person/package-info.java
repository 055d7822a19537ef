/**
 * People already known to the hub (R24): the keys by which a person typed at intake may be the same as one on an
 * earlier enquiry. It offers candidates only; linking is the practitioner's choice, never automatic, and what is
 * offered is limited to what the practitioner may know (R16), which the boundary decides.
 */
package uk.imap.person;
