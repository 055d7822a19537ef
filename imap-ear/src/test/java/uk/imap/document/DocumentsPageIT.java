package uk.imap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;
import uk.imap.pages.IntakePage;

/** R31 in a real browser: the hub attaches the school's referral form to the enquiry; a disguised file is refused. */
class DocumentsPageIT extends InTheBrowser {

    @Test
    @DisplayName("R31 R22 R26 a disguised file is refused beside the field; the referral form is attached, listed and kept byte for byte")
    void attachOnTheEnquiryPage() throws Exception {
        Path folder = Files.createTempDirectory("imap-upload");
        Path disguised = Files.writeString(folder.resolve("referral.pdf"),
                "<html><script>alert('x')</script></html>", StandardCharsets.UTF_8);
        Path form = Files.write(folder.resolve("Oak School referral form.pdf"), DocumentsIT.referralForm());

        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        String reference = new IntakePage(browser).fill("Referred by the school", "EARLY_HELP", "AMBER", "Ira", "Dale")
                .save();

        browser.find(By.id("documents:file")).sendKeys(disguised.toString());
        browser.submit(By.id("documents:attach"));
        browser.waitForUrl("enquiry/detail.xhtml");
        assertTrue(browser.pageText().contains("whatever its name says"), browser.pageText());
        assertTrue(browser.find(By.id("documentList:documentTable")).getText().contains("No document is attached"));

        browser.find(By.id("documents:file")).sendKeys(form.toString());
        browser.submit(By.id("documents:attach"));
        browser.waitForUrl("enquiry/detail.xhtml");
        assertTrue(browser.pageText().contains("Oak School referral form.pdf is attached to the enquiry."),
                browser.pageText());
        String listed = browser.find(By.id("documentList:documentTable")).getText();
        assertTrue(listed.contains("Oak School referral form.pdf") && listed.contains("PDF")
                && listed.contains("prac.sam"), listed);
        assertEquals(List.of(), browser.accessibilityProblems(), "the enquiry page with its documents");

        Api api = new Api(browser.application());
        long id = api.get("enquiries/" + reference + "/documents", "prac.sam", Deployments.PASSWORD).array()
                .getJsonObject(0).getInt("id");
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(form),
                api.download("documents/" + id, "prac.sam", Deployments.PASSWORD).body()), "kept byte for byte");
    }

    @Test
    @DisplayName("R31 R26 the police attach a photograph to their answer; the hub sees it on the enquiry page")
    void attachToTheAnswer() throws Exception {
        Api api = new Api(browser.application());
        HubScenario.Case asked = HubScenario.on(api).consent(HubScenario.Consent.NOT_SOUGHT).askingPolice().open();
        Path photo = Files.write(Files.createTempDirectory("imap-upload").resolve("doorway.png"), DocumentsIT.photo());

        browser.open("agency/answer.xhtml?id=" + asked.request());
        browser.signIn("police.ray", Deployments.PASSWORD);
        browser.waitForUrl("agency/answer.xhtml");
        browser.find(By.id("documents:file")).sendKeys(photo.toString());
        browser.submit(By.id("documents:attach"));
        browser.waitForUrl("agency/answer.xhtml");
        assertTrue(browser.pageText().contains("doorway.png is attached to your agency's answer."), browser.pageText());
        assertTrue(browser.find(By.id("documentList:documentTable")).getText().contains("PNG image"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the answer page with its documents");
        browser.signOut();

        browser.open("enquiry/detail.xhtml?reference=" + asked.reference());
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/detail.xhtml");
        String listed = browser.find(By.id("documentList:documentTable")).getText();
        assertTrue(listed.contains("doorway.png") && listed.contains("police.ray"), listed);
    }
}
