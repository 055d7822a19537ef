package uk.imap.casefile;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** R29: one entry of a person's story: a significant event with the enquiry it happened on. */
public record StoryEntry(String reference, ChronologyEntry entry) implements Serializable {

    /** The chronologies of a person's enquiries merged into one, oldest first. */
    public static List<StoryEntry> merged(Map<String, Chronology> byReference) {
        return byReference.entrySet().stream()
                .flatMap(chronology -> chronology.getValue().entries().stream()
                        .map(entry -> new StoryEntry(chronology.getKey(), entry)))
                .sorted(Comparator.comparing((StoryEntry story) -> story.entry().at()))
                .toList();
    }
}
