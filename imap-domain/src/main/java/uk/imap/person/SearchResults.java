package uk.imap.person;

import java.io.Serializable;
import java.util.List;

/** R28: what one search found, within the searcher's need to know only; nothing outside it is counted or named. */
public record SearchResults(List<FoundPerson> people, List<FoundEnquiry> enquiries) implements Serializable {

    public boolean nothingFound() {
        return people.isEmpty() && enquiries.isEmpty();
    }
}
