using CounselingRecords.Access;

namespace CounselingRecords.Policies.Complaints;

/// <summary>
/// Who may do what with a complaint. Complaint content is restricted like clinical content: on a need-to-know
/// basis, never to the person complained about. In order:
/// <list type="number">
/// <item>Nobody deletes a complaint (it is retained).</item>
/// <item>The clinician or staff member the complaint is against has no access at all.</item>
/// <item>The practice administrator (the complaint officer) may read, create, update, export, print and disclose.</item>
/// <item>The assigned investigator may read and update.</item>
/// <item>Billing staff may read billing complaints.</item>
/// <item>Front desk, clinicians, billing staff and automated intake may record a new complaint; a client may submit their own.</item>
/// <item>Everyone else is denied.</item>
/// </list>
/// </summary>
public sealed class ComplaintAccessPolicy : IAccessPolicy<Complaint>
{
    /// <summary>Rule id: complaints are retained, never deleted.</summary>
    public const string RetainedRuleId = "policies.complaint.retained";

    /// <summary>Rule id: the subject of a complaint has no access.</summary>
    public const string SubjectExcludedRuleId = "policies.complaint.subject-excluded";

    /// <summary>Rule id: the complaint officer (practice administrator).</summary>
    public const string ComplaintOfficerRuleId = "policies.complaint.complaint-officer";

    /// <summary>Rule id: the assigned investigator.</summary>
    public const string InvestigatorRuleId = "policies.complaint.assigned-investigator";

    /// <summary>Rule id: billing staff on billing complaints.</summary>
    public const string BillingStaffRuleId = "policies.complaint.billing-staff";

    /// <summary>Rule id: recording a new complaint.</summary>
    public const string IntakeRuleId = "policies.complaint.intake";

    /// <summary>Rule id: everyone else.</summary>
    public const string NeedToKnowRuleId = "policies.complaint.need-to-know";

    /// <summary>Gets the shared instance.</summary>
    public static ComplaintAccessPolicy Instance { get; } = new();

    /// <inheritdoc />
    public AccessDecision Decide(Actor actor, AccessAction action, Complaint resource)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(resource);
        if (action == AccessAction.Delete)
        {
            return AccessDecision.Deny(RetainedRuleId, "Complaints are retained and are never deleted.");
        }

        if (resource.Against.Is(actor))
        {
            return AccessDecision.Deny(SubjectExcludedRuleId, "The person a complaint is against has no access to it.");
        }

        if (actor.Has(Role.PracticeAdmin) && action is AccessAction.Read or AccessAction.Create or AccessAction.Update
            or AccessAction.Export or AccessAction.Print or AccessAction.Disclose)
        {
            return AccessDecision.Allow(ComplaintOfficerRuleId, "The practice administrator handles complaints.");
        }

        if (resource.InvestigatorId is { } investigator && actor.UserId == investigator && action is AccessAction.Read or AccessAction.Update)
        {
            return AccessDecision.Allow(InvestigatorRuleId, "The assigned investigator may read and update the complaint.");
        }

        if (actor.Has(Role.Biller) && action == AccessAction.Read && resource.Category == ComplaintCategory.Billing)
        {
            return AccessDecision.Allow(BillingStaffRuleId, "Billing staff may read billing complaints.");
        }

        if (action == AccessAction.Create)
        {
            if (actor.Has(Role.Client))
            {
                return actor.ClientId is { } own && resource.ClientId == own
                    ? AccessDecision.Allow(IntakeRuleId, "A client may submit their own complaint.")
                    : AccessDecision.Deny(IntakeRuleId, "A client may submit only their own complaint.");
            }

            if ((actor.Roles & (Role.FrontDesk | Role.Clinician | Role.Supervisor | Role.Biller | Role.System)) != 0)
            {
                return AccessDecision.Allow(IntakeRuleId, "Staff may record a complaint they receive.");
            }
        }

        return AccessDecision.Deny(NeedToKnowRuleId, "Complaint content is restricted to the complaint officer and the assigned investigator.");
    }
}
