using System.Text;
using CounselingRecords.Privacy;

namespace CounselingRecords.Records.Amendments;

/// <summary>
/// The written denial of an amendment request (45 CFR 164.526(d)(1), R7.8): the ground and its basis in plain
/// language, how to file a statement of disagreement, the right to have the request and denial included with
/// future disclosures when no statement is filed, and how to complain to the practice and to HHS.
/// </summary>
[ProtectedHealthInformation]
public sealed class AmendmentDenial
{
    /// <summary>Initializes a new instance of the <see cref="AmendmentDenial"/> class.</summary>
    /// <param name="ground">The ground.</param>
    /// <param name="basis">The basis for the denial in plain language.</param>
    /// <param name="disagreementInstructions">How the client files a statement of disagreement.</param>
    /// <param name="complaintContact">The name or title and telephone number of the person who takes complaints at the practice.</param>
    public AmendmentDenial(AmendmentDenialGround ground, string basis, string disagreementInstructions, string complaintContact)
    {
        Ground = ground;
        Basis = basis;
        DisagreementInstructions = disagreementInstructions;
        ComplaintContact = complaintContact;
    }

    /// <summary>Gets the ground.</summary>
    public AmendmentDenialGround Ground { get; }

    /// <summary>Gets the basis in plain language.</summary>
    public string Basis { get; }

    /// <summary>Gets how to file a statement of disagreement.</summary>
    public string DisagreementInstructions { get; }

    /// <summary>Gets the complaint contact.</summary>
    public string ComplaintContact { get; }

    /// <summary>Composes the denial notice with every element 45 CFR 164.526(d)(1) requires.</summary>
    /// <returns>The notice text.</returns>
    public string ComposeNotice()
    {
        var ground = Ground switch
        {
            AmendmentDenialGround.NotCreatedByPractice => "the information was not created by this practice",
            AmendmentDenialGround.NotInDesignatedRecordSet => "the information is not part of your designated record set",
            AmendmentDenialGround.NotAvailableForInspection => "the information is not available for inspection under your right of access",
            _ => "the information is accurate and complete",
        };
        return new StringBuilder()
            .Append("We have denied your request to amend your record because ").Append(ground).Append(". ").AppendLine(Basis)
            .AppendLine()
            .Append("You have the right to submit a written statement disagreeing with this denial and explaining why. ").AppendLine(DisagreementInstructions)
            .AppendLine()
            .AppendLine("If you do not submit a statement of disagreement, you may ask that your request and this denial be included with any future disclosure of the information.")
            .AppendLine()
            .Append("You may complain to this practice by contacting ").Append(ComplaintContact)
            .AppendLine(", or to the Secretary of the U.S. Department of Health and Human Services, Office for Civil Rights.")
            .ToString();
    }

    /// <inheritdoc />
    public override string ToString() => $"AmendmentDenial ({Ground})";
}
