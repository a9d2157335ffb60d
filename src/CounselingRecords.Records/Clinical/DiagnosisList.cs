using System.Collections.Immutable;
using CounselingRecords.Coding;
using FluentValidation;

namespace CounselingRecords.Records.Clinical;

/// <summary>Rules and conversions for a record's list of diagnoses: exactly one primary, no duplicate, primary first.</summary>
internal static class DiagnosisList
{
    private static readonly DiagnosisInputValidator ItemValidator = new();

    /// <summary>Adds the list rules to a validator for a property holding diagnosis inputs.</summary>
    public static void AddRules<T>(AbstractValidator<T> validator, System.Linq.Expressions.Expression<Func<T, IEnumerable<DiagnosisInput>>> property)
    {
        validator.RuleForEach(property).NotNull().WithErrorCode(RecordsErrorCodes.DiagnosisInvalidCode).SetValidator(ItemValidator);
        validator.RuleFor(property)
            .Must(list => !list.Any() || list.Count(d => d is { IsPrimary: true }) == 1)
            .WithErrorCode(RecordsErrorCodes.DiagnosisPrimaryRequired)
            .WithMessage("Exactly one diagnosis must be marked primary.");
        validator.RuleFor(property)
            .Must(list => !HasDuplicates(list))
            .WithErrorCode(RecordsErrorCodes.DiagnosisDuplicate)
            .WithMessage("A diagnosis code is listed twice.");
    }

    /// <summary>Converts validated inputs to diagnoses, primary first, the others in the order given.</summary>
    public static ImmutableArray<Diagnosis> FromInputs(ImmutableArray<DiagnosisInput> inputs)
    {
        if (inputs.IsDefaultOrEmpty)
        {
            return ImmutableArray<Diagnosis>.Empty;
        }

        return inputs
            .Select(i => new Diagnosis(DiagnosisCode.Parse(i.Code!), i.IsPrimary))
            .OrderByDescending(d => d.IsPrimary)
            .ToImmutableArray();
    }

    /// <summary>Checks the structural invariant of a stored list.</summary>
    public static ImmutableArray<Diagnosis> Check(ImmutableArray<Diagnosis> diagnoses, string parameterName)
    {
        var list = diagnoses.IsDefault ? ImmutableArray<Diagnosis>.Empty : diagnoses;
        if (list.Any(d => d is null))
        {
            throw new ArgumentException("A diagnosis list holds no null entry.", parameterName);
        }

        if (list.Length > 0 && (!list[0].IsPrimary || list.Count(d => d.IsPrimary) != 1))
        {
            throw new ArgumentException("A diagnosis list has exactly one primary diagnosis, listed first.", parameterName);
        }

        if (list.Select(d => d.Code).Distinct().Count() != list.Length)
        {
            throw new ArgumentException("A diagnosis list holds each code once.", parameterName);
        }

        return list;
    }

    private static bool HasDuplicates(IEnumerable<DiagnosisInput> list)
    {
        var seen = new HashSet<DiagnosisCode>();
        foreach (var item in list)
        {
            if (item is not null && DiagnosisCode.TryParse(item.Code, out var code) && !seen.Add(code))
            {
                return true;
            }
        }

        return false;
    }
}
