using CounselingRecords.Coding;
using FluentValidation;

namespace CounselingRecords.Records.Clinical;

/// <summary>Checks that a diagnosis as entered is an ICD-10-CM code (R2.2 format).</summary>
public sealed class DiagnosisInputValidator : AbstractValidator<DiagnosisInput>
{
    /// <summary>Initializes a new instance of the <see cref="DiagnosisInputValidator"/> class.</summary>
    public DiagnosisInputValidator()
    {
        RuleFor(d => d.Code)
            .Must(code => DiagnosisCode.TryParse(code, out _))
            .WithErrorCode(RecordsErrorCodes.DiagnosisInvalidCode)
            .WithMessage("The diagnosis is not an ICD-10-CM code (a letter, a digit, a letter or digit, then optionally '.' and 1-4 letters or digits).");
    }
}
