package dev.moneytrail.rules.facts;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One calendar month (UTC) of an account's money flows, summed. Transfers between accounts in the
 * holder's own name are left out of the credits and kept apart on the debit side ({@code ownOut}).
 *
 * @param firstAt earliest entry counted in the month
 * @param lastAt latest entry counted in the month
 * @param credits all credits but own-name transfers
 * @param cashInEvening cash deposits in the evening or at night, UTC (see the state's definition)
 * @param transfersIn transfer credits that are not wages
 * @param payrollProviderOut debits funding payroll run elsewhere (payroll bureau, staffing firm)
 * @param payers distinct payers of transfer credits (hashes; bounded)
 * @param payees payees of transfer debits (bounded)
 * @param payeesNotKept payments to payees beyond the bound
 * @param spendOut all debits but own-name transfers
 * @param sustenanceOut card payments for lodging, groceries, van rental, pharmacy and clothing (F2)
 * @param sustenanceDays days of the month with such a payment, bit d-1 for day d
 * @param nightTransport card payments for taxis, coaches, flights and van rental at night, UTC (F3)
 * @param cities distinct places of card-present payments, as hashes (bounded)
 */
public record MonthFlow(Instant monthStart, Instant firstAt, Instant lastAt, BigDecimal credits,
    BigDecimal cashIn, BigDecimal cashInEvening, BigDecimal transfersIn, BigDecimal wagesIn,
    BigDecimal wagesOut, BigDecimal payrollProviderOut, BigDecimal taxOut, BigDecimal cashOut,
    BigDecimal ownOut, List<Integer> payers, List<PayeeFlow> payees, int payeesNotKept,
    BigDecimal spendOut, BigDecimal sustenanceOut, int sustenanceDays, int nightTransport,
    List<Integer> cities) {}
