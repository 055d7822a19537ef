package uk.imap.sharing;

import java.util.List;

/**
 * A page of the requests addressed to an agency, and how many the whole list holds (R15, R16).
 *
 * @param first the position of the page's first request in the whole list, from 0
 */
public record AgencyRequests(List<AskedRequestView> requests, int first, long total) {
}
