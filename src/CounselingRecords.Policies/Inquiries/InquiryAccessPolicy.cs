using CounselingRecords.Access;

namespace CounselingRecords.Policies.Inquiries;

/// <summary>
/// Who may do what with an inquiry (it holds a prospect's contact details and reason, so it is PHI). Intake staff
/// (front desk, clinicians, supervisors, the practice administrator) may read, create and update; automated
/// intake (a web form) may create and update; only the practice administrator may delete (for example at a
/// prospect's request); billing staff and clients have no access.
/// </summary>
public sealed class InquiryAccessPolicy : IAccessPolicy<Inquiry>
{
    /// <summary>Rule id: intake staff.</summary>
    public const string IntakeStaffRuleId = "policies.inquiry.intake-staff";

    /// <summary>Rule id: automated intake.</summary>
    public const string AutomatedIntakeRuleId = "policies.inquiry.automated-intake";

    /// <summary>Rule id: deletion by the practice administrator.</summary>
    public const string DeletionRuleId = "policies.inquiry.deletion";

    /// <summary>Rule id: everyone else.</summary>
    public const string NeedToKnowRuleId = "policies.inquiry.need-to-know";

    /// <summary>Gets the shared instance.</summary>
    public static InquiryAccessPolicy Instance { get; } = new();

    /// <inheritdoc />
    public AccessDecision Decide(Actor actor, AccessAction action, Inquiry resource)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(resource);
        if (action == AccessAction.Delete)
        {
            return actor.Has(Role.PracticeAdmin)
                ? AccessDecision.Allow(DeletionRuleId, "The practice administrator may delete an inquiry.")
                : AccessDecision.Deny(DeletionRuleId, "Only the practice administrator may delete an inquiry.");
        }

        var staff = (actor.Roles & (Role.FrontDesk | Role.Clinician | Role.Supervisor | Role.PracticeAdmin)) != 0;
        if (staff && action is AccessAction.Read or AccessAction.Create or AccessAction.Update)
        {
            return AccessDecision.Allow(IntakeStaffRuleId, "Intake staff handle inquiries.");
        }

        if (actor.Has(Role.System) && action is AccessAction.Create or AccessAction.Update)
        {
            return AccessDecision.Allow(AutomatedIntakeRuleId, "Automated intake may record and update inquiries.");
        }

        return AccessDecision.Deny(NeedToKnowRuleId, "Inquiries are restricted to intake staff.");
    }
}
