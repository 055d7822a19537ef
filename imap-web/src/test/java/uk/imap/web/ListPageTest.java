package uk.imap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ListPageTest {

    @Test
    @DisplayName("R29 a list of 60 shown 25 a page: three pages, Next stops at the last and Previous at the first")
    void threePages() {
        ListPage page = new ListPage(25);
        assertEquals("60 enquiries, page 1 of 3", page.position(60, "enquiry", "enquiries"));
        assertTrue(page.isFirst());
        page.previous();
        assertEquals(0, page.index());

        page.next(60);
        page.next(60);
        page.next(60);
        assertEquals(2, page.index());
        assertEquals(50, page.first());
        assertTrue(page.isLast(60));
        assertEquals("60 enquiries, page 3 of 3", page.position(60, "enquiry", "enquiries"));

        page.toFirst();
        assertEquals(0, page.first());
    }

    @Test
    @DisplayName("R29 an empty list and a list of one are a single page, said in words")
    void emptyAndOne() {
        ListPage page = new ListPage(25);
        assertEquals("0 requests, page 1 of 1", page.position(0, "request", "requests"));
        assertEquals("1 request, page 1 of 1", page.position(1, "request", "requests"));
        assertTrue(page.isLast(0));
        page.next(0);
        assertEquals(0, page.index());
    }

    @Test
    @DisplayName("R29 a page beyond a list that shrank while it was open becomes the list's last page")
    void shrunk() {
        ListPage page = new ListPage(25);
        page.next(80);
        page.next(80);
        page.next(80);
        assertEquals(3, page.index());
        assertFalse(page.within(51), "rows 76 to 80 went");
        assertEquals(2, page.index());
        assertTrue(page.within(51));
    }

    @Property
    @Label("R29 whatever the list and the clicks, the page shown holds rows of the list, or is the first")
    void alwaysWithin(@ForAll @LongRange(max = 10_000) long total, @ForAll @IntRange(min = 1, max = 60) int size,
                      @ForAll @IntRange(max = 500) int nexts, @ForAll @IntRange(max = 500) int previouses) {
        ListPage page = new ListPage(size);
        for (int i = 0; i < nexts; i++) {
            page.next(total);
        }
        for (int i = 0; i < previouses; i++) {
            page.previous();
        }
        assertTrue(page.within(total));
        assertTrue(page.index() == 0 || page.first() < total, page.first() + " of " + total);
        assertEquals(Math.max(0, Math.min(nexts, (total - 1) / size) - previouses), page.index());
    }
}
