using CounselingRecords.Records.Clinical;
using FluentValidation;
using NodaTime;

namespace CounselingRecords.Records.Retention;

/// <summary>
/// Checks a retention policy configured as data: a name, an age of majority from 14 to 25, at least one rule that
/// applies to every client, unique rule ids, known anchors and positive date periods.
/// </summary>
public sealed class RetentionPolicyValidator : AbstractValidator<RetentionPolicy>
{
    private static readonly LocalDate Reference = new(2000, 1, 1);

    /// <summary>Initializes a new instance of the <see cref="RetentionPolicyValidator"/> class.</summary>
    public RetentionPolicyValidator()
    {
        RuleFor(p => p.Name).NotEmpty().WithErrorCode(RecordsErrorCodes.RetentionNameMissing)
            .MaximumLength(TextLimits.Short).WithErrorCode(RecordsErrorCodes.TextTooLong);
        RuleFor(p => p.AgeOfMajority).InclusiveBetween(14, 25).WithErrorCode(RecordsErrorCodes.RetentionAgeOfMajorityInvalid)
            .WithMessage("The age of majority is between 14 and 25 (18 in most US states).");
        RuleFor(p => p.Rules).Must(r => r.Any(rule => rule is { MinorsOnly: false }))
            .WithErrorCode(RecordsErrorCodes.RetentionNoGeneralRule).WithMessage("A policy has at least one rule for every client.");
        RuleFor(p => p.Rules).Must(r => r.Where(x => x is not null).Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == r.Count(x => x is not null))
            .WithErrorCode(RecordsErrorCodes.RetentionRuleDuplicate).WithMessage("Rule ids are unique.");
        RuleForEach(p => p.Rules).NotNull().WithErrorCode(RecordsErrorCodes.RetentionRuleInvalid).ChildRules(rule =>
        {
            rule.RuleFor(r => r.Id).NotEmpty().WithErrorCode(RecordsErrorCodes.RetentionRuleInvalid);
            rule.RuleFor(r => r.Description).NotEmpty().WithErrorCode(RecordsErrorCodes.RetentionRuleInvalid);
            rule.RuleFor(r => r.Citation).NotEmpty().WithErrorCode(RecordsErrorCodes.RetentionRuleInvalid);
            rule.RuleFor(r => r.Anchor).IsInEnum().WithErrorCode(RecordsErrorCodes.RetentionRuleInvalid);
            rule.RuleFor(r => r.Period).Must(p => p is not null && !p.HasTimeComponent && Reference.Plus(p) > Reference)
                .WithErrorCode(RecordsErrorCodes.RetentionPeriodInvalid).WithMessage("A retention period is a positive number of years, months or days.");
        });
    }
}
