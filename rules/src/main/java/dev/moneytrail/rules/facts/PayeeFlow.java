package dev.moneytrail.rules.facts;

import java.math.BigDecimal;

/**
 * What one payee of an account's transfers received in a month: as wages (purpose SALARY) and
 * otherwise without a commercial purpose code (no goods, services, rent or fee code: pay to a
 * person), with the largest single payment that was not wages, how many payments were not wages
 * (B7: a worker is paid again and again, a one-off payee is not a worker) and how many of the
 * payments were cheques (D3: payroll by many small cheques). Payees are known by a hash of
 * their account id: the rules count and size them, they never name them.
 */
public record PayeeFlow(int key, BigDecimal wages, BigDecimal other, BigDecimal largestOther, int otherPayments,
    int cheques) {}
