using System.Collections.Immutable;
using CounselingRecords.Access;
using CounselingRecords.Validation;

namespace CounselingRecords.Records.AccessControl;

/// <summary>
/// The one place that answers <see cref="Decide"/>(actor, action, record) for this package's records. Psychotherapy
/// notes are decided first: author only, never exported or disclosed (RA1, R7.2, R7.3). Otherwise each
/// relationship the actor has with the record (the client themself, a treating clinician, the supervisor of one,
/// a biller, front desk, an administrator, the system) grants the actions of its row in the matrix below, and
/// anything no row grants is denied (RA9). Emergency access goes through <see cref="DecideEmergency"/> (RA10).
/// The decision names its rule and gives a reason without clinical content; <see cref="RecordAccessService"/>
/// writes every decision to the audit trail.
/// <para>Matrix (R read, C create, U update, S sign, A amend, E export, P print, D disclose, X delete):</para>
/// <code>
///                     Demographics  Intake    SessionNote  ServiceFacts  ProgressReport  AmendmentReq  AccessReq
/// client self (RA2)   R E P         R E P     R E P        R E P         R E P           R C E P       R C E P
/// treating (RA3)      R C U E P D   RCUSAEPD  RCUSAEPD     R E P         RCUSAEPD        R C U P       R C U P
/// supervisor (RA4)    R C U E P D   RCUSAEPD  RCUSAEPD     R E P         RCUSAEPD        R C U P       R C U P
/// biller (RA5)        R E P         -         -            R E P         -               -             -
/// front desk (RA6)    R C U P       -         -            -             -               -             -
/// admin (RA7)         R C U E P X   X         X            R             X               R C U P X     R C U E P X
/// system (RA8)        R             -         -            R E           -               -             -
/// </code>
/// Psychotherapy note: author R C U S A P X; nobody else; export and disclose never.
/// </summary>
public sealed class ClinicalRecordAccessPolicy : IAccessPolicy<RecordAccessFacts>
{
    private static readonly BreakGlassRequestValidator BreakGlassValidator = new();

    private static readonly PsychotherapyNoteAccessRequestValidator PurposeValidator = new();

    private static readonly ImmutableHashSet<AccessAction> PurposeActions = [AccessAction.Read, AccessAction.Print, AccessAction.Disclose];

    private static readonly ImmutableHashSet<AccessAction> AuthorActions =
    [
        AccessAction.Read, AccessAction.Create, AccessAction.Update, AccessAction.Sign, AccessAction.Amend, AccessAction.Print, AccessAction.Delete,
    ];

    private static readonly ImmutableDictionary<(Relationship, RecordKind), ImmutableHashSet<AccessAction>> Matrix = BuildMatrix();

    private enum Relationship
    {
        ClientSelf,
        Treating,
        Supervisor,
        Biller,
        FrontDesk,
        Admin,
        System,
    }

    /// <summary>Gets the policy.</summary>
    public static ClinicalRecordAccessPolicy Instance { get; } = new();

    /// <summary>Returns the actions the matrix grants a role on a kind of record through its relationship (for documentation and tests).</summary>
    /// <param name="role">One role: <see cref="Role.Client"/> (own records), <see cref="Role.Clinician"/> (treating), <see cref="Role.Supervisor"/> (of a treating clinician), <see cref="Role.Biller"/>, <see cref="Role.FrontDesk"/>, <see cref="Role.PracticeAdmin"/> or <see cref="Role.System"/>.</param>
    /// <param name="kind">The kind of record (not a psychotherapy note).</param>
    /// <returns>The actions, in <see cref="AccessAction"/> order.</returns>
    public static ImmutableArray<AccessAction> GrantedActions(Role role, RecordKind kind)
    {
        var relationship = role switch
        {
            Role.Client => Relationship.ClientSelf,
            Role.Clinician => Relationship.Treating,
            Role.Supervisor => Relationship.Supervisor,
            Role.Biller => Relationship.Biller,
            Role.FrontDesk => Relationship.FrontDesk,
            Role.PracticeAdmin => Relationship.Admin,
            Role.System => Relationship.System,
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "One role is asked for at a time."),
        };
        return Matrix.TryGetValue((relationship, kind), out var actions) ? [.. actions.Order()] : ImmutableArray<AccessAction>.Empty;
    }

    /// <inheritdoc />
    public AccessDecision Decide(Actor actor, AccessAction action, RecordAccessFacts resource)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(resource);
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown access action.");
        }

        if (resource.Kind == RecordKind.PsychotherapyNote)
        {
            return DecidePsychotherapyNote(actor, action, resource);
        }

        AccessDecision? denial = null;
        foreach (var (relationship, ruleId, who) in Relationships(actor, resource))
        {
            if (Matrix.TryGetValue((relationship, resource.Kind), out var granted) && granted.Contains(action))
            {
                return AccessDecision.Allow(ruleId, $"{who} may {Verb(action)} the {resource.Kind} {resource.Record}.");
            }

            denial ??= AccessDecision.Deny(ruleId, relationship switch
            {
                Relationship.Biller => $"Billing staff see demographics and service facts only, never note content; they may not {Verb(action)} the {resource.Kind} {resource.Record}.",
                Relationship.FrontDesk => $"Front desk sees demographics only; it may not {Verb(action)} the {resource.Kind} {resource.Record}.",
                Relationship.Admin => $"A practice administrator keeps demographics and request logs and destroys records under retention rules; it may not {Verb(action)} the {resource.Kind} {resource.Record}.",
                _ => $"{who} may not {Verb(action)} the {resource.Kind} {resource.Record}.",
            });
        }

        return denial ?? DefaultDeny(actor, action, resource);
    }

    /// <summary>
    /// Decides an emergency ("break the glass") access: when the normal rules deny, a clinician may still read a
    /// record of the designated record set with a reason (RA10). Never a psychotherapy note, never more than reading.
    /// The decision is marked <see cref="AccessDecision.IsBreakGlass"/> so it is always audited and reviewed.
    /// </summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="resource">On what.</param>
    /// <param name="request">The reason and justification.</param>
    /// <returns>The decision.</returns>
    public AccessDecision DecideEmergency(Actor actor, AccessAction action, RecordAccessFacts resource, BreakGlassRequest? request)
    {
        var normal = Decide(actor, action, resource);
        if (normal.IsAllowed)
        {
            return normal;
        }

        if (BreakGlassValidator.Check(request).Failure)
        {
            return AccessDecision.Deny(RecordAccessRules.BreakTheGlass, "Breaking the glass needs a known reason and a justification.");
        }

        if (resource.Kind == RecordKind.PsychotherapyNote)
        {
            return AccessDecision.Deny(RecordAccessRules.PsychotherapyNoteAuthor, $"The psychotherapy note {resource.Record} is read by its author only, even in an emergency (R7.2).");
        }

        if (action != AccessAction.Read)
        {
            return AccessDecision.Deny(RecordAccessRules.BreakTheGlass, $"Emergency access is read-only; it does not allow to {Verb(action)}.");
        }

        if ((actor.Roles & (Role.Clinician | Role.Supervisor)) == 0 || actor.ClinicianId is null)
        {
            return AccessDecision.Deny(RecordAccessRules.BreakTheGlass, "Only a clinician may break the glass.");
        }

        return AccessDecision.AllowBreakGlass(
            RecordAccessRules.BreakTheGlass,
            $"Emergency access by clinician {actor.ClinicianId} to the {resource.Kind} {resource.Record} ({request!.Reason}): {request.Justification}");
    }

    /// <summary>
    /// Decides a use or disclosure of a psychotherapy note with a stated purpose (R7.2). The author's own use is
    /// decided as always (RA1). Anyone else may read, print or disclose it, and never more (no export, no change),
    /// only with a valid request and:
    /// <list type="bullet">
    /// <item><see cref="PsychotherapyNoteAccessPurpose.SpecificAuthorization"/> (RA11): an authorization the client
    /// signed for this note or all their notes, signed before and not expired at the access, naming the recipient of a
    /// disclosure; used by a clinician, supervisor or practice administrator;</item>
    /// <item><see cref="PsychotherapyNoteAccessPurpose.SupervisedTraining"/> (RA12): the supervisor of the note's client
    /// (of the author) reads or prints it; this is the only way a supervisor reads a psychotherapy note; never disclosed;</item>
    /// <item>the other exceptions (RA12): the author or a practice administrator reads, prints or discloses it, a
    /// disclosure naming its recipient; for a serious and imminent threat also a treating clinician.</item>
    /// </list>
    /// Everything else is denied with the rules that deny it today (RA1, R7.2, R7.3). The client never reads their
    /// own psychotherapy notes this way (R7.3).
    /// </summary>
    /// <param name="actor">Who acts.</param>
    /// <param name="action">What they want to do.</param>
    /// <param name="resource">The psychotherapy note (other kinds are decided by <see cref="Decide"/>).</param>
    /// <param name="request">The purpose and its details.</param>
    /// <returns>The decision; the reason names the purpose and rule.</returns>
    public AccessDecision DecidePsychotherapyNoteUse(Actor actor, AccessAction action, RecordAccessFacts resource, PsychotherapyNoteAccessRequest? request)
    {
        var normal = Decide(actor, action, resource);
        if (normal.IsAllowed || resource.Kind != RecordKind.PsychotherapyNote)
        {
            return normal;
        }

        if (actor.Has(Role.Client) && actor.ClientId == resource.ClientId)
        {
            return normal;
        }

        if (request is null || PurposeValidator.Check(request) is { Failure: true })
        {
            return Denied(normal, "no valid purpose was given (a known purpose, a justification, and the authorization when the purpose is one)");
        }

        if (!PurposeActions.Contains(action))
        {
            return Denied(normal, $"a {request.Purpose} purpose allows to read, print or disclose, not to {Verb(action)}");
        }

        if (action == AccessAction.Disclose && string.IsNullOrWhiteSpace(request.Recipient))
        {
            return Denied(normal, "a disclosure names its recipient");
        }

        var staff = actor.ClinicianId is not null && (actor.Roles & (Role.Clinician | Role.Supervisor)) != 0;
        var isAuthor = actor.Has(Role.Clinician) && actor.ClinicianId == resource.AuthorId;
        var isAdmin = actor.Has(Role.PracticeAdmin);
        var isTreating = actor.Has(Role.Clinician) && actor.ClinicianId is { } c && resource.TreatingClinicianIds.Contains(c);
        var isSupervisor = actor.Has(Role.Supervisor) && actor.ClinicianId is { } s && resource.SupervisorIds.Contains(s);
        switch (request.Purpose)
        {
            case PsychotherapyNoteAccessPurpose.SpecificAuthorization:
                if (!(staff || isAdmin))
                {
                    return Denied(normal, "a disclosure under an authorization is made by the practice's clinicians or administrator");
                }

                if (request.Authorization!.WhyNotCovering(resource, action == AccessAction.Disclose ? request.Recipient : null, request.At) is { } why)
                {
                    return Denied(normal, why);
                }

                return AccessDecision.Allow(
                    RecordAccessRules.PsychotherapyNoteAuthorization,
                    $"The client's specific authorization signed {request.Authorization.SignedAt} (expires {request.Authorization.ExpiresAt}) lets {Who(actor)} {Verb(action)} the psychotherapy note {resource.Record}{To(request, action)} (R7.2).");

            case PsychotherapyNoteAccessPurpose.SupervisedTraining:
                if (!isSupervisor || action == AccessAction.Disclose)
                {
                    return Denied(normal, "under supervised training only the supervisor of the client's clinician reads or prints the note");
                }

                break;

            case PsychotherapyNoteAccessPurpose.PreventSeriousImminentThreat:
                if (!(isAuthor || isAdmin || isTreating))
                {
                    return Denied(normal, "to prevent a serious and imminent threat the author, a treating clinician or the practice administrator uses or discloses the note");
                }

                break;

            default:
                if (!(isAuthor || isAdmin))
                {
                    return Denied(normal, $"under {request.Purpose} the author or the practice administrator uses or discloses the note");
                }

                break;
        }

        return AccessDecision.Allow(
            RecordAccessRules.PsychotherapyNoteException,
            $"{Who(actor)} may {Verb(action)} the psychotherapy note {resource.Record} under the {request.Purpose} exception{To(request, action)}: {request.Justification} (R7.2).");
    }

    private static AccessDecision DecidePsychotherapyNote(Actor actor, AccessAction action, RecordAccessFacts resource)
    {
        if (action is AccessAction.Export or AccessAction.Disclose)
        {
            return AccessDecision.Deny(
                RecordAccessRules.PsychotherapyNoteDisclosure,
                $"The psychotherapy note {resource.Record} is never exported, and is disclosed only under a specific authorization (R7.2).");
        }

        if (actor.Has(Role.Clinician) && actor.ClinicianId == resource.AuthorId)
        {
            return AuthorActions.Contains(action)
                ? AccessDecision.Allow(RecordAccessRules.PsychotherapyNoteAuthor, $"Clinician {actor.ClinicianId} is the author of the psychotherapy note {resource.Record} and may {Verb(action)} it (R7.2: the originator's own treatment use).")
                : AccessDecision.Deny(RecordAccessRules.PsychotherapyNoteAuthor, $"Not even the author may {Verb(action)} the psychotherapy note {resource.Record}.");
        }

        if (actor.Has(Role.Client) && actor.ClientId == resource.ClientId)
        {
            return AccessDecision.Deny(RecordAccessRules.PsychotherapyNoteClientExcluded, $"Psychotherapy notes are excluded from the client's right of access (R7.3); {resource.Record} is not shown.");
        }

        return AccessDecision.Deny(RecordAccessRules.PsychotherapyNoteAuthor, $"The psychotherapy note {resource.Record} is read and written by its author only (R7.2).");
    }

    private static AccessDecision Denied(AccessDecision normal, string why) =>
        AccessDecision.Deny(normal.RuleId, $"{normal.Reason} No R7.2 purpose applies: {why}.");

    private static string Who(Actor actor) => actor.ClinicianId is { } clinician ? $"Clinician {clinician}" : $"User {actor.UserId} ({actor.Roles})";

    private static string To(PsychotherapyNoteAccessRequest request, AccessAction action) =>
        action == AccessAction.Disclose ? $" to {request.Recipient}" : string.Empty;

    private static AccessDecision DefaultDeny(Actor actor, AccessAction action, RecordAccessFacts resource)
    {
        if (actor.Has(Role.Client))
        {
            return AccessDecision.Deny(RecordAccessRules.DefaultDeny, $"A client sees only their own records; {resource.Record} belongs to another client.");
        }

        if (actor.ClinicianId is { } clinician)
        {
            return AccessDecision.Deny(RecordAccessRules.DefaultDeny, $"Clinician {clinician} is not on client {resource.ClientId}'s care team and may not {Verb(action)} {resource.Record}; break the glass in an emergency.");
        }

        return AccessDecision.Deny(RecordAccessRules.DefaultDeny, $"No rule lets roles {actor.Roles} {Verb(action)} the {resource.Kind} {resource.Record}.");
    }

    private static IEnumerable<(Relationship Relationship, string RuleId, string Who)> Relationships(Actor actor, RecordAccessFacts resource)
    {
        if (actor.Has(Role.Client) && actor.ClientId == resource.ClientId)
        {
            yield return (Relationship.ClientSelf, RecordAccessRules.ClientSelfAccess, $"Client {actor.ClientId} (their own record)");
        }

        if (actor.Has(Role.Clinician) && actor.ClinicianId is { } clinician && resource.TreatingClinicianIds.Contains(clinician))
        {
            yield return (Relationship.Treating, RecordAccessRules.TreatingClinician, $"Treating clinician {clinician}");
        }

        if (actor.Has(Role.Supervisor) && actor.ClinicianId is { } supervisor && resource.SupervisorIds.Contains(supervisor))
        {
            yield return (Relationship.Supervisor, RecordAccessRules.Supervisor, $"Supervisor {supervisor}");
        }

        if (actor.Has(Role.Biller))
        {
            yield return (Relationship.Biller, RecordAccessRules.Billing, "Billing staff");
        }

        if (actor.Has(Role.FrontDesk))
        {
            yield return (Relationship.FrontDesk, RecordAccessRules.FrontDesk, "Front desk");
        }

        if (actor.Has(Role.PracticeAdmin))
        {
            yield return (Relationship.Admin, RecordAccessRules.PracticeAdmin, "The practice administrator");
        }

        if (actor.Has(Role.System))
        {
            yield return (Relationship.System, RecordAccessRules.System, "The system");
        }
    }

    private static string Verb(AccessAction action) => action.ToString().ToLowerInvariant();

    private static ImmutableDictionary<(Relationship, RecordKind), ImmutableHashSet<AccessAction>> BuildMatrix()
    {
        var rows = new (Relationship Relationship, RecordKind Kind, string Actions)[]
        {
            (Relationship.ClientSelf, RecordKind.Demographics, "REP"),
            (Relationship.ClientSelf, RecordKind.IntakeAssessment, "REP"),
            (Relationship.ClientSelf, RecordKind.SessionNote, "REP"),
            (Relationship.ClientSelf, RecordKind.ServiceFacts, "REP"),
            (Relationship.ClientSelf, RecordKind.ProgressReport, "REP"),
            (Relationship.ClientSelf, RecordKind.AmendmentRequest, "RCEP"),
            (Relationship.ClientSelf, RecordKind.AccessRequest, "RCEP"),
            (Relationship.Treating, RecordKind.Demographics, "RCUEPD"),
            (Relationship.Treating, RecordKind.IntakeAssessment, "RCUSAEPD"),
            (Relationship.Treating, RecordKind.SessionNote, "RCUSAEPD"),
            (Relationship.Treating, RecordKind.ServiceFacts, "REP"),
            (Relationship.Treating, RecordKind.ProgressReport, "RCUSAEPD"),
            (Relationship.Treating, RecordKind.AmendmentRequest, "RCUP"),
            (Relationship.Treating, RecordKind.AccessRequest, "RCUP"),
            (Relationship.Supervisor, RecordKind.Demographics, "RCUEPD"),
            (Relationship.Supervisor, RecordKind.IntakeAssessment, "RCUSAEPD"),
            (Relationship.Supervisor, RecordKind.SessionNote, "RCUSAEPD"),
            (Relationship.Supervisor, RecordKind.ServiceFacts, "REP"),
            (Relationship.Supervisor, RecordKind.ProgressReport, "RCUSAEPD"),
            (Relationship.Supervisor, RecordKind.AmendmentRequest, "RCUP"),
            (Relationship.Supervisor, RecordKind.AccessRequest, "RCUP"),
            (Relationship.Biller, RecordKind.Demographics, "REP"),
            (Relationship.Biller, RecordKind.ServiceFacts, "REP"),
            (Relationship.FrontDesk, RecordKind.Demographics, "RCUP"),
            (Relationship.Admin, RecordKind.Demographics, "RCUEPX"),
            (Relationship.Admin, RecordKind.IntakeAssessment, "X"),
            (Relationship.Admin, RecordKind.SessionNote, "X"),
            (Relationship.Admin, RecordKind.ServiceFacts, "R"),
            (Relationship.Admin, RecordKind.ProgressReport, "X"),
            (Relationship.Admin, RecordKind.AmendmentRequest, "RCUPX"),
            (Relationship.Admin, RecordKind.AccessRequest, "RCUEPX"),
            (Relationship.System, RecordKind.Demographics, "R"),
            (Relationship.System, RecordKind.ServiceFacts, "RE"),
        };
        return rows.ToImmutableDictionary(r => (r.Relationship, r.Kind), r => r.Actions.Select(Letter).ToImmutableHashSet());
    }

    private static AccessAction Letter(char letter) => letter switch
    {
        'R' => AccessAction.Read,
        'C' => AccessAction.Create,
        'U' => AccessAction.Update,
        'S' => AccessAction.Sign,
        'A' => AccessAction.Amend,
        'E' => AccessAction.Export,
        'P' => AccessAction.Print,
        'D' => AccessAction.Disclose,
        'X' => AccessAction.Delete,
        _ => throw new ArgumentOutOfRangeException(nameof(letter), letter, "Unknown action letter."),
    };
}
