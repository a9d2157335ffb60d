using CounselingRecords.Billing.Ledger;
using CounselingRecords.Finance;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CounselingRecords.Billing.Tests.Support;

/// <summary>A random sequence of ledger operations; each number seeds one step.</summary>
public sealed class LedgerScript
{
    public LedgerScript(int[] steps) => Steps = steps;

    public int[] Steps { get; }

    public override string ToString() => $"LedgerScript[{string.Join(",", Steps)}]";

    /// <summary>Runs the script; refused steps are skipped, as a biller's rejected posting would be.</summary>
    internal LedgerScenario Run(int? take = null)
    {
        var s = new LedgerScenario();
        var charges = new List<(int Number, bool Insured, LocalDate Date)>();
        var day = 0;
        var next = 1;
        foreach (var seed in take is { } n ? Steps.Take(n) : Steps)
        {
            var r = new Random(seed);
            day += r.Next(0, 3);
            var date = new LocalDate(2026, 1, 1).PlusDays(day);
            switch (r.Next(7))
            {
                case 0:
                {
                    var fee = r.Next(1, 30_000) / 100m;
                    var discount = r.Next(2) == 0 ? 0m : Math.Round(fee * r.Next(0, 101) / 100m, 2, MidpointRounding.AwayFromZero);
                    Try(s, s.Ledger.PostCharge(s.SelfPayCharge(next, date, fee, discount)), () => charges.Add((next++, false, date)));
                    break;
                }

                case 1:
                {
                    var fee = r.Next(1, 30_000) / 100m;
                    var copay = r.Next(2) == 0 ? 0m : Math.Min(fee, r.Next(0, 5_000) / 100m);
                    Try(s, s.Ledger.PostCharge(s.InsuredCharge(next, date, fee, copay)), () => charges.Add((next++, true, date)));
                    break;
                }

                case 2:
                {
                    var amount = r.Next(1, 20_000) / 100m;
                    PaymentDesignation designation = PaymentDesignation.None;
                    if (charges.Count > 0)
                    {
                        var target = charges[r.Next(charges.Count)];
                        designation = r.Next(4) switch
                        {
                            0 => PaymentDesignation.ForCharges(LedgerScenario.ChargeNo(target.Number)),
                            1 => PaymentDesignation.ForDateOfService(target.Date),
                            2 => PaymentDesignation.PointOfServiceCopay(date),
                            _ => PaymentDesignation.None,
                        };
                    }

                    Try(s, s.TryPay(date, amount, designation));
                    break;
                }

                case 3:
                {
                    var insured = charges.Where(c => c.Insured).ToList();
                    if (insured.Count == 0)
                    {
                        break;
                    }

                    var line = s.Line(insured[r.Next(insured.Count)].Number);
                    var cents = (int)(line.Fee.Amount * 100m);
                    var paid = r.Next(0, cents + 1);
                    var pr = r.Next(0, cents - paid + 1);
                    var co = cents - paid - pr;
                    var adjustments = new List<(ClaimAdjustmentGroup, string, decimal)>();
                    if (pr > 0)
                    {
                        adjustments.Add((ClaimAdjustmentGroup.PatientResponsibility, "2", pr / 100m));
                    }

                    if (co > 0)
                    {
                        adjustments.Add((ClaimAdjustmentGroup.ContractualObligation, "45", co / 100m));
                    }

                    Try(s, s.Ledger.PostInsurancePayment(s.Era(date, insured.Count == 0 ? 0 : Number(line), line.Fee.Amount, (paid + pr) / 100m, paid / 100m, [.. adjustments])));
                    break;
                }

                case 4:
                {
                    var credit = s.Ledger.Balances().UnappliedCredit.Amount;
                    if (credit > 0m)
                    {
                        Try(s, s.TryRefund(date, Math.Max(0.01m, Math.Round(credit * r.Next(1, 101) / 100m, 2, MidpointRounding.AwayFromZero))));
                    }

                    break;
                }

                case 5:
                {
                    var balances = s.Ledger.Balances();
                    var amount = Math.Min(balances.UnappliedCredit.Amount, balances.ClientOpen.Amount);
                    if (amount > 0m)
                    {
                        Try(s, s.TryApplyCredit(date, Math.Max(0.01m, Math.Round(amount * r.Next(1, 101) / 100m, 2, MidpointRounding.AwayFromZero))));
                    }

                    break;
                }

                default:
                {
                    if (s.Ledger.Entries.Length > 0)
                    {
                        Try(s, s.TryReverse(date, s.Ledger.Entries[r.Next(s.Ledger.Entries.Length)].Id));
                    }

                    break;
                }
            }
        }

        return s;

        static int Number(LedgerLine line) => (int)(line.Charge.Value.ToByteArray(bigEndian: true)[15] | (line.Charge.Value.ToByteArray(bigEndian: true)[14] << 8));
    }

    private static void Try(LedgerScenario s, CounselingRecords.Results.Result<ClientLedger> result, Action? onSuccess = null)
    {
        if (result.Success)
        {
            s.Then(result);
            onSuccess?.Invoke();
        }
    }
}

/// <summary>FsCheck generators for ledger scripts.</summary>
public static class LedgerArbitraries
{
    public static Arbitrary<LedgerScript> Scripts() =>
        Gen.Choose(0, int.MaxValue).ArrayOf().Where(a => a.Length <= 60).Select(a => new LedgerScript(a)).ToArbitrary();
}
