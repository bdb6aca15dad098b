export type Role = "student" | "instructor";

/** The first account, or any email listed in INSTRUCTOR_EMAILS, is an instructor. */
export function roleFor(email: string, existingUsers: number, instructorEmails = process.env.INSTRUCTOR_EMAILS ?? ""): Role {
  const listed = instructorEmails
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter(Boolean);
  return existingUsers === 0 || listed.includes(email.toLowerCase()) ? "instructor" : "student";
}
