package uk.imap.web;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.imap.api.Codes;
import uk.imap.enquiry.Enquiries;
import uk.imap.enquiry.Enquiry;

/**
 * A newcomer follows a request down the floors without turning back: within each module, no feature package (nor a
 * package and its control package) depends on another that depends back on it. Between the modules Maven already
 * allows arrows downwards only. Each module is read from where its own classes are, because the same package names
 * run through all three (an enquiry boundary in imap-ejb, the enquiry itself in imap-domain).
 */
class PackageStructureTest {

    @DisplayName("No package cycles within imap-domain, imap-ejb or imap-web")
    @ParameterizedTest(name = "the module of {0}")
    @ValueSource(classes = {Enquiry.class, Enquiries.class, Codes.class})
    void noCycles(Class<?> ofModule) {
        slices().matching("uk.imap.(**)").should().beFreeOfCycles()
                .check(new ClassFileImporter().importUrl(ofModule.getProtectionDomain().getCodeSource().getLocation()));
    }
}
