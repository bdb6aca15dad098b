-- CreateIndex
CREATE INDEX "LabAttempt_sessionId_idx" ON "LabAttempt"("sessionId");
