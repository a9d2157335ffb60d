using CounselingRecords.Finance;
using FluentValidation;

namespace CounselingRecords.Billing.Ledger;

/// <summary>Validation rules shared by the ledger requests.</summary>
internal static class LedgerRules
{
    /// <summary>The longest guarantor reference, in characters.</summary>
    public const int MaximumGuarantorReferenceLength = 64;

    public static void ValidPosting<T>(this AbstractValidator<T> validator, Func<T, Posting> posting)
    {
        validator.RuleFor(r => posting(r).EntryId.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.LedgerEntryIdMissing).WithMessage("The posting needs an entry id.").OverridePropertyName("Posting.EntryId");
        validator.RuleFor(r => posting(r).RecordedBy.Value).NotEqual(Guid.Empty)
            .WithErrorCode(BillingErrorCodes.LedgerRecorderMissing).WithMessage("The posting names who recorded it (R6.9).").OverridePropertyName("Posting.RecordedBy");
    }

    public static bool IsPositiveRounded(Money amount) => !amount.Currency.IsDefault && amount.IsPositive && amount.IsRoundedToMinorUnit;

    public static bool IsNonNegativeRounded(Money amount) => !amount.Currency.IsDefault && !amount.IsNegative && amount.IsRoundedToMinorUnit;
}
