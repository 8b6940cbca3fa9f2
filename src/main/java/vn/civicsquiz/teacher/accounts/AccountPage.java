package vn.civicsquiz.teacher.accounts;

import java.util.List;

/** A page of accounts in username order. */
public record AccountPage(List<AccountView> items, int page, int size, long total) {

    public AccountPage {
        items = List.copyOf(items);
    }
}
